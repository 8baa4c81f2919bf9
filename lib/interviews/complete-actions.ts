'use server';

import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { interviews, referrals } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction, type FieldErrors } from '@/lib/auth/action';
import { addFollowUp } from '@/lib/relationships/record';
import { bumped, checkMembers, lockInterview, refuseIfComplete, refuseIfStale } from './interview-lock';
import { recordInterviewWithPartner } from './partner-link';
import { checkPendingForCompletion, completeInterviewSchema } from './validation';

// Completing an interview (decision 0008): its follow-ups become tasks and its referrals a list to
// work through, the interview is logged with its partner, all in one transaction.

const revalidate = ['/interviews', '/partners', '/map', '/'];

export const completeInterview = defineAction(
  {
    schema: completeInterviewSchema,
    role: 'staff',
    revalidate,
    // Says so when completing moved the partner on, so that no stage changes unseen.
    redirectTo: (data: { id: string; movedFrom: string | null }) =>
      `/interviews/${data.id}?saved=completed${data.movedFrom ? `&movedFrom=${data.movedFrom}` : ''}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interview, interviewerIds } = await lockInterview(tx, ctx, input.id);
      refuseIfComplete(interview);
      await refuseIfStale(tx, ctx, interview, input);
      if (!interview.consentRecordedAt)
        throw new ActionError('Record the interviewee’s consent before completing.');
      const errors: FieldErrors = checkPendingForCompletion(interview);
      const assignees = [
        ...new Set(interview.pending.followUps.map((f) => f.assigneeMembershipId).filter(Boolean)),
      ];
      const memberErrors: FieldErrors = {};
      await checkMembers(tx, ctx, assignees, 'assignees', memberErrors);
      if (memberErrors.assignees) {
        for (const followUp of interview.pending.followUps) {
          errors[`followUps.${followUp.key}.assigneeMembershipId`] ??= [
            'Choose an active member of your staff who is not a viewer.',
          ];
        }
      }
      if (Object.keys(errors).length) {
        throw new ActionError(
          'Some follow-ups or referrals need attention before the interview can be completed.',
          errors,
        );
      }
      for (const referral of interview.pending.referrals) {
        const [row] = await tx
          .insert(referrals)
          .values({
            orgId: ctx.orgId,
            interviewId: interview.id,
            name: referral.name.trim() || referral.organizationName.trim(),
            organizationName: referral.organizationName.trim(),
            howToReach: referral.howToReach.trim(),
            reason: referral.reason.trim(),
            maySayWhoSuggested: referral.maySayWhoSuggested,
            createdByUserId: ctx.userId,
          })
          .returning();
        if (!row) throw new Error('Insert returned no row');
        await recordAudit(tx, ctx, {
          action: 'referral.create',
          entityType: 'referral',
          entityId: row.id,
          after: row,
        });
      }
      for (const followUp of interview.pending.followUps) {
        await addFollowUp(tx, ctx, {
          partnerId: interview.partnerId,
          interviewId: interview.id,
          description: followUp.description.trim(),
          assigneeMembershipId: followUp.assigneeMembershipId,
          dueOn: followUp.dueOn,
        });
      }
      const [completed] = await tx
        .update(interviews)
        .set({
          status: 'complete',
          completedAt: new Date(),
          completedByUserId: ctx.userId,
          pending: { followUps: [], referrals: [] },
          ...bumped(ctx),
        })
        .where(eq(interviews.id, interview.id))
        .returning();
      if (!completed) throw new Error('The locked interview did not update');
      const moved = completed.partnerId
        ? await recordInterviewWithPartner(tx, ctx, completed, interviewerIds)
        : null;
      await recordAudit(tx, ctx, {
        action: 'interview.complete',
        entityType: 'interview',
        entityId: interview.id,
        after: {
          referrals: interview.pending.referrals.length,
          followUps: interview.pending.followUps.length,
          takeaways: completed.takeaways.length,
          themes: completed.themes,
        },
      });
      return { id: interview.id, movedFrom: moved?.from ?? null };
    });
  },
);
