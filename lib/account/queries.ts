import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { memberships, organizations, userSessions, users } from '@/db/schema';

export type SessionSummary = {
  id: string;
  browser: string;
  startedAt: Date;
  lastSeenAt: Date;
  /** The session of the browser asking. */
  current: boolean;
  /** The library system it is for, when not the one asking from. */
  otherOrgName: string | null;
};

/**
 * The member's own sessions that still open Partner Atlas, this one first: the same conditions as
 * readAuthContext (lib/auth/context-query.ts), so the list shows exactly what a cookie would open.
 */
export async function listOwnSessions(
  db: Db,
  ctx: { userId: string; orgId: string; sessionId: string },
): Promise<SessionSummary[]> {
  const rows = await db
    .select({
      id: userSessions.id,
      browser: userSessions.browser,
      startedAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      orgId: memberships.orgId,
      orgName: organizations.name,
    })
    .from(userSessions)
    .innerJoin(
      memberships,
      and(eq(memberships.id, userSessions.membershipId), eq(memberships.userId, userSessions.userId)),
    )
    .innerJoin(users, eq(users.id, userSessions.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        eq(userSessions.userId, ctx.userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        eq(memberships.active, true),
        eq(users.sessionVersion, userSessions.sessionVersion),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
  const sessions = rows.map((row) => ({
    id: row.id,
    browser: row.browser,
    startedAt: row.startedAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === ctx.sessionId,
    otherOrgName: row.orgId === ctx.orgId ? null : row.orgName,
  }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

/** How long after signing in with a one-time password its holder may choose their own without typing it again. */
export const oneTimeGraceMinutes = 30;

/**
 * True when the member must still choose a password and signed in with the one-time password in
 * this very session a moment ago: asking for it again proves nothing (issue 15). A session older than
 * that (a browser left open) must type it again.
 */
export async function signedInWithOneTimePasswordJustNow(
  db: Db,
  ctx: { mustChangePassword: boolean; sessionId: string; userId: string },
): Promise<boolean> {
  if (!ctx.mustChangePassword) return false;
  const [row] = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.id, ctx.sessionId),
        eq(userSessions.userId, ctx.userId),
        gt(userSessions.createdAt, sql`now() - make_interval(mins => ${oneTimeGraceMinutes})`),
      ),
    );
  return Boolean(row);
}

/** What the password page asks for: the current password, unless it was the one-time one typed just now. */
export async function passwordPageData(ctx: {
  mustChangePassword: boolean;
  sessionId: string;
  userId: string;
}) {
  const justSignedIn = await signedInWithOneTimePasswordJustNow(await getDb(), ctx);
  return { oneTime: ctx.mustChangePassword, asksForCurrent: !justSignedIn };
}
