import 'server-only';
import { and, asc, count, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followUps, interviewInterviewers, memberships, partners, referrals } from '@/db/schema';
import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';
import { addDays, type Day, storedDay, today as todayIn } from '@/lib/dates';
import { memberOpenFollowUps } from '@/lib/relationships/follow-up-queries';
import { healthCondition } from '@/lib/relationships/health';

/** Whom a digest is for: a member, as the scheduler reads them (no session). */
export type DigestReader = {
  orgId: string;
  orgName: string;
  membershipId: string;
  role: MemberRole;
  homeBranchId: string | null;
  timeZone: string;
  healthCadenceDays: number;
};

/** The most of each list a message shows; the rest is counted, with a link to all of it. */
export const digestListMax = 15;

export type DigestFollowUp = {
  id: string;
  description: string;
  dueOn: Day;
  partnerId: string | null;
  partnerName: string | null;
};
export type DigestPartner = { id: string; name: string; lastContactOn: Day | null };

export type DigestContent = {
  today: Day;
  overdue: DigestFollowUp[];
  overdueTotal: number;
  thisWeek: DigestFollowUp[];
  thisWeekTotal: number;
  cooling: DigestPartner[];
  coolingTotal: number;
  referralsWaiting: number;
  /** Managers and admins: their branch's (or, without a home branch, the library's) counts. */
  branch: { overdue: number; cooling: number; scope: 'branch' | 'organization' } | null;
};

/**
 * What one member's digest says, as of `now` in the organization's zone. It names only the follow-ups'
 * own words and partners' names: never an interview's answers, a referral's name or how to reach
 * them, or a contact's details (mail leaves the building). Viewers are given no work and own no
 * partners: their digest is empty, and so never sent.
 */
export async function digestContent(db: Db, reader: DigestReader, now: Date): Promise<DigestContent> {
  const today = todayIn(reader.timeZone, now);
  const weekEnd = addDays(today, 7);
  const empty: DigestContent = {
    today,
    overdue: [],
    overdueTotal: 0,
    thisWeek: [],
    thisWeekTotal: 0,
    cooling: [],
    coolingTotal: 0,
    referralsWaiting: 0,
    branch: null,
  };
  if (!roleAtLeast(reader.role, 'staff')) return empty;

  const cooling = and(
    eq(partners.orgId, reader.orgId),
    isNull(partners.archivedAt),
    isNull(partners.forgottenAt),
    healthCondition(partners.lastInteractionAt, ['cooling', 'cold'], reader.healthCadenceDays, today),
  );
  const [overdue, thisWeek, coolingRows, [referralRow]] = await Promise.all([
    memberOpenFollowUps(db, reader, { due: { before: today } }),
    memberOpenFollowUps(db, reader, { due: { from: today, before: weekEnd } }),
    db
      .select({ id: partners.id, name: partners.name, lastContactAt: partners.lastInteractionAt })
      .from(partners)
      .where(and(cooling, eq(partners.ownerMembershipId, reader.membershipId)))
      .orderBy(asc(partners.lastInteractionAt), asc(partners.name)),
    // Open referrals from interviews this member held: counted only (a referral names a person).
    db
      .select({ n: count() })
      .from(referrals)
      .where(
        and(
          eq(referrals.orgId, reader.orgId),
          eq(referrals.status, 'open'),
          inArray(
            referrals.interviewId,
            db
              .select({ id: interviewInterviewers.interviewId })
              .from(interviewInterviewers)
              .where(eq(interviewInterviewers.membershipId, reader.membershipId)),
          ),
        ),
      ),
  ]);
  const content: DigestContent = {
    today,
    overdue: overdue.slice(0, digestListMax),
    overdueTotal: overdue.length,
    thisWeek: thisWeek.slice(0, digestListMax),
    thisWeekTotal: thisWeek.length,
    cooling: coolingRows.slice(0, digestListMax).map((row) => ({
      id: row.id,
      name: row.name,
      lastContactOn: row.lastContactAt ? storedDay(row.lastContactAt) : null,
    })),
    coolingTotal: coolingRows.length,
    referralsWaiting: referralRow?.n ?? 0,
    branch: null,
  };
  if (roleAtLeast(reader.role, 'manager')) content.branch = await branchSummary(db, reader, today, cooling);
  return content;
}

/** A manager's summary: counts across the people of their home branch (or the whole library). */
async function branchSummary(
  db: Db,
  reader: DigestReader,
  today: Day,
  cooling: ReturnType<typeof and>,
): Promise<DigestContent['branch']> {
  const people = reader.homeBranchId
    ? db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.orgId, reader.orgId), eq(memberships.homeBranchId, reader.homeBranchId)))
    : undefined;
  const [[overdue], [coolingCount]] = await Promise.all([
    db
      .select({ n: count() })
      .from(followUps)
      .where(
        and(
          eq(followUps.orgId, reader.orgId),
          eq(followUps.status, 'open'),
          lt(followUps.dueOn, today),
          people ? inArray(followUps.assigneeMembershipId, people) : undefined,
        ),
      ),
    db
      .select({ n: count() })
      .from(partners)
      .where(and(cooling, people ? inArray(partners.ownerMembershipId, people) : sql`true`)),
  ]);
  return {
    overdue: overdue?.n ?? 0,
    cooling: coolingCount?.n ?? 0,
    scope: reader.homeBranchId ? 'branch' : 'organization',
  };
}

/** True when the digest has something to tell. */
export function digestHasNews(content: DigestContent): boolean {
  return (
    content.overdueTotal + content.thisWeekTotal + content.coolingTotal + content.referralsWaiting > 0 ||
    (content.branch !== null && content.branch.overdue + content.branch.cooling > 0)
  );
}
