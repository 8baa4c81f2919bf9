import { and, eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { memberships, organizations, users } from '@/db/schema';
import { auth } from './index';
import type { MemberRole } from './roles';

/** Who is asking, in which organization, with which role. Every query takes one of these. */
export type AuthContext = {
  userId: string;
  orgId: string;
  membershipId: string;
  role: MemberRole;
  name: string;
  email: string;
  orgName: string;
  homeBranchId: string | null;
  mustChangePassword: boolean;
};

/**
 * The caller's context, read fresh from the database on every request, so that a deactivated
 * member, a changed role or a changed password takes effect at once rather than when the session
 * cookie expires.
 */
export const getAuthContext = cache(async (): Promise<AuthContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const membershipId = session?.membershipId;
  const sessionVersion = session?.sessionVersion;
  if (!userId || !membershipId || typeof sessionVersion !== 'number') return null;
  const db = await getDb();
  const [row] = await db
    .select({
      userId: users.id,
      orgId: memberships.orgId,
      membershipId: memberships.id,
      role: memberships.role,
      name: users.name,
      email: users.email,
      orgName: organizations.name,
      homeBranchId: memberships.homeBranchId,
      mustChangePassword: users.mustChangePassword,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        eq(memberships.id, membershipId),
        eq(memberships.userId, userId),
        eq(memberships.active, true),
        // A password change or reset raises the version and so ends every older session.
        eq(users.sessionVersion, sessionVersion),
      ),
    );
  return row ?? null;
});
