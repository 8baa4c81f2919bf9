import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Interview, partners } from '@/db/schema';
import { addInteraction, movePartnerStage } from '@/lib/relationships/record';

/**
 * What a completed interview means for its partner: an interaction of kind "interview" on the day it
 * was held, with its interviewers, and a partner only identified or reached out to moves to
 * connected, recorded as a stage change by the person completing it.
 */
export async function recordInterviewWithPartner(
  tx: Db,
  actor: { orgId: string; userId: string },
  interview: Interview,
  interviewerIds: string[],
) {
  if (!interview.partnerId) return null;
  const [partner] = await tx
    .select({ id: partners.id, stage: partners.stage })
    .from(partners)
    .where(and(eq(partners.orgId, actor.orgId), eq(partners.id, interview.partnerId)))
    .for('update');
  if (!partner) return null;
  await addInteraction(tx, actor, {
    partnerId: partner.id,
    kind: 'interview',
    occurredOn: interview.heldOn,
    note: interview.takeaways.length ? interview.takeaways.join('\n') : 'Interview completed.',
    participantMembershipIds: interviewerIds,
    interviewId: interview.id,
  });
  if (partner.stage === 'identified' || partner.stage === 'reached_out') {
    await movePartnerStage(tx, actor, partner, {
      toStage: 'connected',
      note: `Interviewed on ${interview.heldOn}.`,
      interviewId: interview.id,
    });
    return { from: partner.stage, to: 'connected' as const };
  }
  return null;
}
