import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, organizations, userSessions, users } from '@/db/schema';

/**
 * The statement behind getAuthContext (./context.ts), for the ids the session cookie carries. The
 * membership (and so the organization and role) is the one the session row holds, never one the
 * cookie names: switching library systems changes the row (./switch.ts), and a cookie cannot. No
 * row when the session was ended (signed out, ended from the account page, past its end), when it
 * began before the last password change or reset, when the membership is inactive, or when the
 * organization is suspended. In a module
 * of its own, without next-auth, so the benchmark's baseline (scripts/bench/server-bench.ts) can
 * send the very same SQL directly.
 */
export function readAuthContext(
  db: Db,
  // A membership id the caller may still pass is not used: the session row decides (decision 0023).
  session: { userId: string; sessionId: string; membershipId?: string },
) {
  return db
    .select({
      userId: users.id,
      orgId: memberships.orgId,
      membershipId: memberships.id,
      sessionId: userSessions.id,
      role: memberships.role,
      name: users.name,
      email: users.email,
      orgName: organizations.name,
      timeZone: organizations.timeZone,
      homeBranchId: memberships.homeBranchId,
      mustChangePassword: users.mustChangePassword,
      sessionLastSeenAt: userSessions.lastSeenAt,
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
        eq(userSessions.id, session.sessionId),
        eq(userSessions.userId, session.userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        eq(memberships.active, true),
        // A suspended organization opens to nobody, and its sessions end at once (decision 0023).
        isNull(organizations.suspendedAt),
        // A password change or reset raises the version and so ends every session begun before it.
        eq(users.sessionVersion, userSessions.sessionVersion),
      ),
    );
}
