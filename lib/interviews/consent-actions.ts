'use server';

import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { interviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { bumped, lockInterview, refuseIfComplete, refuseIfStale } from './interview-lock';
import { consentSchema } from './validation';

// Consent, asked before any note is taken (decision 0008), and withdrawn at any time after
// (decision 0014): a withdrawal removes what the consent covered.

export const recordConsent = defineAction({ schema: consentSchema, role: 'staff' }, async (input, ctx) => {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { interview } = await lockInterview(tx, ctx, input.id);
    refuseIfComplete(interview);
    await refuseIfStale(tx, ctx, interview, input);
    const consent = {
      consentNotes: input.consentNotes,
      consentQuote: input.consentQuote,
      consentName: input.consentName,
      consentContact: input.consentContact,
    };
    const [updated] = await tx
      .update(interviews)
      .set({
        ...consent,
        consentRecordedAt: new Date(),
        // Without consent to keep notes, no answer is kept: any typed before are removed now.
        ...(input.consentNotes ? {} : { answers: {} }),
        ...bumped(ctx),
      })
      .where(eq(interviews.id, interview.id))
      .returning();
    if (!updated) throw new Error('The locked interview did not update');
    await recordAudit(tx, ctx, {
      action: 'interview.consent',
      entityType: 'interview',
      entityId: interview.id,
      before: {
        consentNotes: interview.consentNotes,
        consentQuote: interview.consentQuote,
        consentName: interview.consentName,
        consentContact: interview.consentContact,
        consentRecordedAt: interview.consentRecordedAt,
      },
      after: { ...consent, consentRecordedAt: updated.consentRecordedAt },
    });
    return { version: updated.version, consent };
  });
});

const consentKinds = ['consentNotes', 'consentQuote', 'consentName', 'consentContact'] as const;

/**
 * After an interview is completed, the interviewee may take back what they agreed to, never add to
 * it. Taking back consent to keep notes removes every answer at once (the takeaways, the library's
 * own summary, stay); taking back being named makes them "a community member" to everyone but the
 * interviewers and managers from then on.
 */
export const withdrawConsent = defineAction(
  { schema: consentSchema, role: 'staff', revalidate: ['/interviews', '/partners'] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interview } = await lockInterview(tx, ctx, input.id);
      if (interview.status !== 'complete') {
        throw new ActionError('This interview is still a draft: change the consent on its first step.');
      }
      await refuseIfStale(tx, ctx, interview, input);
      const added = consentKinds.filter((kind) => input[kind] && !interview[kind]);
      if (added.length) {
        throw new ActionError(
          'After an interview is completed, consent can only be withdrawn, not given: untick what they take back.',
        );
      }
      const withdrawn = consentKinds.filter((kind) => interview[kind] && !input[kind]);
      if (!withdrawn.length) throw new ActionError('Nothing was withdrawn: untick what they take back.');
      const answersRemoved = input.consentNotes ? 0 : Object.keys(interview.answers).length;
      const [updated] = await tx
        .update(interviews)
        .set({
          consentNotes: input.consentNotes,
          consentQuote: input.consentQuote,
          consentName: input.consentName,
          consentContact: input.consentContact,
          ...(input.consentNotes ? {} : { answers: {} }),
          ...bumped(ctx),
        })
        .where(eq(interviews.id, interview.id))
        .returning({ version: interviews.version });
      await recordAudit(tx, ctx, {
        action: 'interview.consent_withdrawn',
        entityType: 'interview',
        entityId: interview.id,
        before: Object.fromEntries(withdrawn.map((kind) => [kind, true])),
        after: { ...Object.fromEntries(withdrawn.map((kind) => [kind, false])), answersRemoved },
      });
      return { version: updated?.version ?? interview.version + 1, withdrawn, answersRemoved };
    });
  },
);
