import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, organizations, users } from '@/db/schema';

/**
 * The statement behind getAuthContext (./context.ts), for the session's ids: no row when the
 * membership is inactive or the session is older than the last password change. In a module of its
 * own, without next-auth, so the benchmark's baseline (scripts/bench/server-bench.ts) can send the
 * very same SQL directly.
 */
export function readAuthContext(
  db: Db,
  session: { userId: string; membershipId: string; sessionVersion: number },
) {
  return db
    .select({
      userId: users.id,
      orgId: memberships.orgId,
      membershipId: memberships.id,
      role: memberships.role,
      name: users.name,
      email: users.email,
      orgName: organizations.name,
      timeZone: organizations.timeZone,
      homeBranchId: memberships.homeBranchId,
      mustChangePassword: users.mustChangePassword,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        eq(memberships.id, session.membershipId),
        eq(memberships.userId, session.userId),
        eq(memberships.active, true),
        // A password change or reset raises the version and so ends every older session.
        eq(users.sessionVersion, session.sessionVersion),
      ),
    );
}
