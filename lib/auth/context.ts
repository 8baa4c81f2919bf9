import { cache } from 'react';
import { getDb } from '@/db';
import { readAuthContext } from './context-query';
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
  /** The organization's time zone (lib/dates): every date the caller sees or types is in it. */
  timeZone: string;
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
  const [row] = await readAuthContext(await getDb(), { userId, membershipId, sessionVersion });
  return row ?? null;
});
