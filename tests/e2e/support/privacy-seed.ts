import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { interviewInterviewers, interviews, memberships, referrals, users } from '@/db/schema';
import { northgate } from './accounts';
import { usedGuide } from './guides-seed';

/**
 * A completed Northgate interview, held by the manager, whose interviewee did not agree to be named,
 * with a referral that may not say who suggested it and carries a private way to reach the person
 * (tests/e2e/privacy.spec.ts).
 */
export const privacyReferral = {
  interviewee: 'Samuel Suggester',
  name: 'Rafael Referred',
  email: 'rafael@reach.example',
  phone: '206-555-0199',
  reason: 'Runs the Saturday chess club',
} as const;

export async function seedPrivacyData(db: Db) {
  const [manager] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, northgate.id), eq(users.email, northgate.accounts.manager.email)));
  const [interview] = await db
    .insert(interviews)
    .values({
      orgId: northgate.id,
      guideVersionId: usedGuide.versionId,
      heldOn: '2024-03-05',
      intervieweeName: privacyReferral.interviewee,
      status: 'complete',
      completedAt: new Date('2024-03-05T20:00:00Z'),
      consentRecordedAt: new Date('2024-03-05T18:00:00Z'),
      consentNotes: true,
      consentName: false,
    })
    .returning();
  await db
    .insert(interviewInterviewers)
    .values({ orgId: northgate.id, interviewId: interview!.id, membershipId: manager!.id });
  await db.insert(referrals).values({
    orgId: northgate.id,
    interviewId: interview!.id,
    name: privacyReferral.name,
    howToReach: `${privacyReferral.email} or ${privacyReferral.phone}`,
    reason: privacyReferral.reason,
    maySayWhoSuggested: false,
  });
}
