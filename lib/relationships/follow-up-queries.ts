import 'server-only';
import { and, asc, desc, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { followUps, memberships, partners, users } from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { addDays, type Day, today as todayIn } from '@/lib/dates';
import { isUuid } from '@/lib/ids';
import { memberFilterOptions } from '@/lib/organization/member-options';
import { canActOnFollowUp, type FollowUpScope } from './access';

// Reading follow-ups: the follow-ups page, the count in the navigation, and the row shape a partner's
// follow-ups share (queries.ts). Every read stays inside the caller's organization.

type Ctx = { orgId: string };
type MemberCtx = { orgId: string; membershipId: string; role: MemberRole };
type ZonedMemberCtx = MemberCtx & { timeZone: string };

const assigneeUsers = alias(users, 'assignee_users');
const assigneeMemberships = alias(memberships, 'assignee_memberships');

const followUpColumns = {
  id: followUps.id,
  description: followUps.description,
  dueOn: followUps.dueOn,
  originalDueOn: followUps.originalDueOn,
  status: followUps.status,
  doneAt: followUps.doneAt,
  version: followUps.version,
  assigneeMembershipId: followUps.assigneeMembershipId,
  assigneeName: assigneeUsers.name,
  partnerId: followUps.partnerId,
  partnerName: partners.name,
  partnerOwnerMembershipId: partners.ownerMembershipId,
  interviewId: followUps.interviewId,
};

export function followUpQuery(db: Db, where: SQL | undefined) {
  return db
    .select(followUpColumns)
    .from(followUps)
    .innerJoin(
      assigneeMemberships,
      and(
        eq(assigneeMemberships.id, followUps.assigneeMembershipId),
        eq(assigneeMemberships.orgId, followUps.orgId),
      ),
    )
    .innerJoin(assigneeUsers, eq(assigneeUsers.id, assigneeMemberships.userId))
    .leftJoin(partners, and(eq(partners.id, followUps.partnerId), eq(partners.orgId, followUps.orgId)))
    .where(where);
}

export type FollowUpRow = Awaited<ReturnType<typeof followUpQuery>>[number];
export type FollowUpItem = FollowUpRow & { canAct: boolean };

export function withAccess(ctx: MemberCtx, rows: FollowUpRow[]): FollowUpItem[] {
  return rows.map((row) => ({ ...row, canAct: canActOnFollowUp(ctx, row) }));
}

/** Whose follow-ups a list shows: the caller's, those on partners they look after, or everyone's. */
function scopeCondition(ctx: MemberCtx, scope: FollowUpScope, person: string | null): SQL | undefined {
  if (scope === 'mine') return eq(followUps.assigneeMembershipId, ctx.membershipId);
  if (scope === 'my-partners') return eq(partners.ownerMembershipId, ctx.membershipId);
  return person && isUuid(person) ? eq(followUps.assigneeMembershipId, person) : undefined;
}

/**
 * The follow-ups page: open ones overdue, due in the next seven days and later, and those done in
 * the last fortnight. The caller's role decides which scopes they may ask for (./access.ts).
 */
export async function listFollowUps(
  db: Db,
  ctx: ZonedMemberCtx,
  { scope, person = null, now = new Date() }: { scope: FollowUpScope; person?: string | null; now?: Date },
) {
  const today = todayIn(ctx.timeZone, now);
  const weekEnd = addDays(today, 7);
  const base = and(eq(followUps.orgId, ctx.orgId), scopeCondition(ctx, scope, person));
  const open = and(base, eq(followUps.status, 'open'));
  const [overdue, thisWeek, later, done] = await Promise.all([
    followUpQuery(db, and(open, lt(followUps.dueOn, today))).orderBy(asc(followUps.dueOn), asc(followUps.id)),
    followUpQuery(db, and(open, gte(followUps.dueOn, today), lt(followUps.dueOn, weekEnd))).orderBy(
      asc(followUps.dueOn),
      asc(followUps.id),
    ),
    followUpQuery(db, and(open, gte(followUps.dueOn, weekEnd)))
      .orderBy(asc(followUps.dueOn), asc(followUps.id))
      .limit(200),
    followUpQuery(
      db,
      and(
        base,
        eq(followUps.status, 'done'),
        gte(followUps.doneAt, new Date(now.getTime() - 14 * 86_400_000)),
      ),
    )
      .orderBy(desc(followUps.doneAt), desc(followUps.id))
      .limit(50),
  ]);
  return {
    overdue: withAccess(ctx, overdue),
    thisWeek: withAccess(ctx, thisWeek),
    later: withAccess(ctx, later),
    done: withAccess(ctx, done),
  };
}

/** How many of the caller's own open follow-ups are past due: the number in the navigation. */
export async function overdueFollowUpCount(
  db: Db,
  ctx: { orgId: string; membershipId: string; timeZone: string },
  now = new Date(),
) {
  const [row] = await db
    .select({ value: sql<number>`count(*)`.mapWith(Number) })
    .from(followUps)
    .where(
      and(
        eq(followUps.orgId, ctx.orgId),
        eq(followUps.assigneeMembershipId, ctx.membershipId),
        eq(followUps.status, 'open'),
        lt(followUps.dueOn, todayIn(ctx.timeZone, now)),
      ),
    );
  return row?.value ?? 0;
}

/** Members whose follow-ups a manager may filter to (see `memberFilterOptions`). */
export function listFollowUpPeople(db: Db, ctx: Ctx) {
  return memberFilterOptions(db, ctx.orgId, {
    column: followUps.assigneeMembershipId,
    where: eq(followUps.orgId, ctx.orgId),
  });
}

/**
 * A member's open follow-ups with their partner's name, by due day, forgotten partners left out:
 * what the calendar feed and the e-mail digest list. `due` narrows to days from `from` and before
 * `before` (days of the organization's calendar).
 */
export function memberOpenFollowUps(
  db: Db,
  member: { orgId: string; membershipId: string },
  options: { due?: { from?: Day; before?: Day }; limit?: number } = {},
) {
  const { from, before } = options.due ?? {};
  const query = db
    .select({
      id: followUps.id,
      description: followUps.description,
      dueOn: followUps.dueOn,
      partnerId: followUps.partnerId,
      partnerName: partners.name,
    })
    .from(followUps)
    .leftJoin(partners, and(eq(partners.id, followUps.partnerId), eq(partners.orgId, followUps.orgId)))
    .where(
      and(
        eq(followUps.orgId, member.orgId),
        eq(followUps.assigneeMembershipId, member.membershipId),
        eq(followUps.status, 'open'),
        isNull(partners.forgottenAt),
        from ? gte(followUps.dueOn, from) : undefined,
        before ? lt(followUps.dueOn, before) : undefined,
      ),
    )
    .orderBy(asc(followUps.dueOn), asc(followUps.id));
  return options.limit ? query.limit(options.limit) : query;
}
