'use server';

import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import {
  type GuideSection,
  type Interview,
  interviewGuideVersions,
  interviewInterviewers,
  interviews,
  partners,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction, type FieldErrors } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { isUuid } from '@/lib/ids';
import { lockStartableGuide } from './guides';
import { bumped, checkMembers, lockInterview, refuseIfComplete, refuseIfStale } from './interview-lock';
import { recordInterviewWithPartner } from './partner-link';
import {
  deleteDraftSchema,
  type InterviewDraft,
  interviewDetailsSchema,
  saveDraftSchema,
  startInterviewSchema,
} from './validation';

const revalidate = ['/interviews', '/partners', '/map', '/'];

/** A partner of the caller's organization, or a field error. */
async function checkPartner(tx: Db, ctx: AuthContext, partnerId: string | null, errors: FieldErrors) {
  if (!partnerId) return null;
  const [partner] = isUuid(partnerId)
    ? await tx
        .select({ id: partners.id, name: partners.name })
        .from(partners)
        .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, partnerId), isNull(partners.archivedAt)))
    : [];
  if (!partner) errors.partnerId = ['Choose one of your library’s partners, or none.'];
  return partner ?? null;
}

async function setInterviewers(tx: Db, ctx: AuthContext, interviewId: string, ids: string[]) {
  await tx
    .delete(interviewInterviewers)
    .where(
      and(eq(interviewInterviewers.orgId, ctx.orgId), eq(interviewInterviewers.interviewId, interviewId)),
    );
  await tx
    .insert(interviewInterviewers)
    .values(ids.map((membershipId) => ({ orgId: ctx.orgId, interviewId, membershipId })));
}

export const startInterview = defineAction(
  {
    schema: startInterviewSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string }) => `/interviews/${data.id}/conduct`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const errors: FieldErrors = {};
      const guide = await lockStartableGuide(tx, ctx, input.guideId);
      if (!guide?.versionId) errors.guideId = ['Choose one of your library’s guides.'];
      await checkPartner(tx, ctx, input.partnerId, errors);
      await checkMembers(tx, ctx, input.interviewerIds, 'interviewerIds', errors);
      if (Object.keys(errors).length || !guide?.versionId)
        throw new ActionError('Some fields need attention.', errors);
      const [interview] = await tx
        .insert(interviews)
        .values({
          orgId: ctx.orgId,
          guideVersionId: guide.versionId,
          partnerId: input.partnerId,
          intervieweeName: input.intervieweeName,
          intervieweeRole: input.intervieweeRole,
          heldOn: input.heldOn,
          mode: input.mode,
          place: input.place,
          createdByUserId: ctx.userId,
          updatedByUserId: ctx.userId,
        })
        .returning();
      if (!interview) throw new Error('Insert returned no row');
      await setInterviewers(tx, ctx, interview.id, input.interviewerIds);
      await recordAudit(tx, ctx, {
        action: 'interview.start',
        entityType: 'interview',
        entityId: interview.id,
        after: {
          guideVersionId: interview.guideVersionId,
          partnerId: interview.partnerId,
          heldOn: interview.heldOn,
          mode: interview.mode,
          interviewerIds: input.interviewerIds,
        },
      });
      return { id: interview.id };
    });
  },
);

export const updateInterviewDetails = defineAction(
  {
    schema: interviewDetailsSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string }) => `/interviews/${data.id}?saved=details`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interview, interviewerIds } = await lockInterview(tx, ctx, input.id);
      await refuseIfStale(tx, ctx, interview, input);
      const errors: FieldErrors = {};
      if (interview.status === 'complete' && interview.partnerId && input.partnerId !== interview.partnerId) {
        errors.partnerId = ['A completed interview keeps the partner it was recorded with.'];
      }
      await checkPartner(tx, ctx, input.partnerId, errors);
      // Someone who has since left may stay an interviewer of what they held.
      const added = input.interviewerIds.filter((id) => !interviewerIds.includes(id));
      await checkMembers(tx, ctx, added, 'interviewerIds', errors);
      if (Object.keys(errors).length) throw new ActionError('Some fields need attention.', errors);
      const [updated] = await tx
        .update(interviews)
        .set({
          partnerId: input.partnerId,
          intervieweeName: input.intervieweeName,
          intervieweeRole: input.intervieweeRole,
          heldOn: input.heldOn,
          mode: input.mode,
          place: input.place,
          ...bumped(ctx),
        })
        .where(eq(interviews.id, interview.id))
        .returning();
      if (!updated) throw new Error('The locked interview did not update');
      await setInterviewers(tx, ctx, interview.id, input.interviewerIds);
      // A completed interview attached to a partner now counts as that partner's interaction.
      if (updated.status === 'complete' && !interview.partnerId && updated.partnerId) {
        await recordInterviewWithPartner(tx, ctx, updated, input.interviewerIds);
      }
      await recordAudit(tx, ctx, {
        action: 'interview.details',
        entityType: 'interview',
        entityId: interview.id,
        before: { ...detailsOf(interview), interviewerIds },
        after: { ...detailsOf(updated), interviewerIds: input.interviewerIds },
      });
      return { id: updated.id };
    });
  },
);

function detailsOf(interview: Interview) {
  const { partnerId, intervieweeName, intervieweeRole, heldOn, mode, place } = interview;
  return { partnerId, intervieweeName, intervieweeRole, heldOn, mode, place };
}

/** Only answers to this guide version's questions, and none without consent to keep notes. */
function keptAnswers(interview: Interview, sections: GuideSection[], draft: InterviewDraft) {
  if (!interview.consentNotes) return {};
  const questions = new Map(sections.flatMap((section) => section.questions.map((q) => [q.id, q])));
  const kept: InterviewDraft['answers'] = {};
  for (const [id, value] of Object.entries(draft.answers)) {
    const question = questions.get(id);
    if (!question || question.kind === 'referrals') continue;
    if (typeof value === 'string' && !value.trim()) continue;
    if (Array.isArray(value) && !value.length) continue;
    kept[id] = value;
  }
  return kept;
}

async function sectionsOf(tx: Db, interview: Interview): Promise<GuideSection[]> {
  const [version] = await tx
    .select({ sections: interviewGuideVersions.sections })
    .from(interviewGuideVersions)
    .where(
      and(
        eq(interviewGuideVersions.orgId, interview.orgId),
        eq(interviewGuideVersions.id, interview.guideVersionId),
      ),
    );
  return (version?.sections as GuideSection[] | undefined) ?? [];
}

/** What the interview screen saves as the user types (and again when a device comes back online). */
export const saveInterviewDraft = defineAction(
  { schema: saveDraftSchema, role: 'staff' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interview } = await lockInterview(tx, ctx, input.id);
      refuseIfComplete(interview);
      await refuseIfStale(tx, ctx, interview, input);
      if (!interview.consentRecordedAt)
        throw new ActionError('Record the interviewee’s consent before taking notes.');
      const answers = keptAnswers(interview, await sectionsOf(tx, interview), input.draft);
      const [updated] = await tx
        .update(interviews)
        .set({
          answers,
          takeaways: input.draft.takeaways.map((t) => t.trim()).filter(Boolean),
          themes: input.draft.themes,
          pending: input.draft.pending,
          ...bumped(ctx),
        })
        .where(eq(interviews.id, interview.id))
        .returning({ version: interviews.version, updatedAt: interviews.updatedAt });
      if (!updated) throw new Error('The locked interview did not update');
      // The audit says that notes changed, not what they say: answers stay in the interview alone.
      await recordAudit(tx, ctx, {
        action: 'interview.notes',
        entityType: 'interview',
        entityId: interview.id,
        after: {
          answered: Object.keys(answers).length,
          takeaways: input.draft.takeaways.length,
          themes: input.draft.themes,
          followUps: input.draft.pending.followUps.length,
          referrals: input.draft.pending.referrals.length,
        },
      });
      return { version: updated.version, savedAt: updated.updatedAt.toISOString() };
    });
  },
);

export const deleteDraftInterview = defineAction(
  { schema: deleteDraftSchema, role: 'staff', revalidate, redirectTo: () => '/interviews?saved=deleted' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interview } = await lockInterview(tx, ctx, input.id);
      if (interview.status !== 'draft')
        throw new ActionError('Only a draft can be deleted; a completed interview is kept.');
      await refuseIfStale(tx, ctx, interview, input);
      await tx
        .delete(interviews)
        .where(and(eq(interviews.orgId, ctx.orgId), eq(interviews.id, interview.id)));
      await recordAudit(tx, ctx, {
        action: 'interview.delete',
        entityType: 'interview',
        entityId: interview.id,
        before: detailsOf(interview),
      });
      return { id: interview.id };
    });
  },
);
