import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db';
import { isUuid } from '@/lib/ids';
import { readAuthContext } from './context-query';
import { auth } from './index';
import type { MemberRole } from './roles';
import { lastSeenEveryMs, touchSession } from './sessions';

/** Who is asking, in which organization, with which role. Every query takes one of these. */
export type AuthContext = {
  userId: string;
  orgId: string;
  membershipId: string;
  /** The server-side session this request came with (decision 0015). */
  sessionId: string;
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
 * The caller's context, read fresh from the database on every request, so that signing out, a
 * deactivated member, a changed role or a changed password takes effect at once rather than when
 * the session cookie expires.
 */
export const getAuthContext = cache(async (): Promise<AuthContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  // A cookie from before sessions were recorded carries no session id: it opens nothing. The
  // membership is the session row's (decision 0023): the cookie's is only what it was at sign-in.
  if (!userId || !sessionId || !isUuid(sessionId)) return null;
  const db = await getDb();
  const [row] = await readAuthContext(db, { userId, sessionId });
  if (!row) return null;
  const { sessionLastSeenAt, ...ctx } = row;
  if (Date.now() - sessionLastSeenAt.getTime() > lastSeenEveryMs) await touchSession(db, row.sessionId);
  return ctx;
});
