import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { hostAdmins, userSessions, users } from '@/db/schema';
import { auth } from '@/lib/auth';
import { lastSeenEveryMs, touchSession } from '@/lib/auth/sessions';
import { isUuid } from '@/lib/ids';

/** A host admin at the host console (decision 0023): a person, never an organization. */
export type HostContext = {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  mustChangePassword: boolean;
};

/**
 * The host context for a session: a row only while the session stands (not ended, not past its end,
 * not older than the last password change) and the person is a host admin. Whether the session also
 * opened a membership does not matter: a person who is both reaches the console from either.
 */
export function readHostContext(db: Db, session: { userId: string; sessionId: string }) {
  return db
    .select({
      userId: users.id,
      sessionId: userSessions.id,
      name: users.name,
      email: users.email,
      mustChangePassword: users.mustChangePassword,
      sessionLastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .innerJoin(hostAdmins, eq(hostAdmins.userId, users.id))
    .where(
      and(
        eq(userSessions.id, session.sessionId),
        eq(userSessions.userId, session.userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        eq(users.sessionVersion, userSessions.sessionVersion),
      ),
    );
}

/** The caller's host context, read fresh from the database on every request, or null. */
export const getHostContext = cache(async (): Promise<HostContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId || !isUuid(sessionId)) return null;
  const db = await getDb();
  const [row] = await readHostContext(db, { userId, sessionId });
  if (!row) return null;
  const { sessionLastSeenAt, ...ctx } = row;
  if (Date.now() - sessionLastSeenAt.getTime() > lastSeenEveryMs) await touchSession(db, row.sessionId);
  return ctx;
});
