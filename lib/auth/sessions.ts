import 'server-only';
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, userSessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { sessionHours } from './config';
import { describeUserAgent } from './user-agent';

// The server side of a session (decision 0015): the cookie names a row, and the row says whether
// the session still stands. It ends when the cookie does, sessionHours after signing in.

// Last seen is written at most this often, so a session costs no write on most requests.
export const lastSeenEveryMs = 5 * 60 * 1000;

export type SessionOwner = {
  userId: string;
  membershipId: string | null;
  sessionVersion: number;
  /** The identity provider's issuer, for a session begun with single sign-on (decision 0027). */
  ssoIssuer?: string;
};

/** Records a session that is beginning, in the sign-in transaction, and returns its id. */
export async function startSession(tx: Db, owner: SessionOwner, userAgent: string | null): Promise<string> {
  // Sessions past their end open nothing: drop them as new ones begin (everyone's; the index keeps it cheap).
  await tx.delete(userSessions).where(lt(userSessions.expiresAt, sql`now()`));
  const [row] = await tx
    .insert(userSessions)
    .values({
      userId: owner.userId,
      membershipId: owner.membershipId,
      sessionVersion: owner.sessionVersion,
      browser: describeUserAgent(userAgent),
      ssoIssuer: owner.ssoIssuer ?? null,
      expiresAt: sql`now() + ${sql.raw(`interval '${sessionHours} hours'`)}`,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error('The session was not recorded.');
  return row.id;
}

/** Notes that a session was used; called when its last-seen time is older than lastSeenEveryMs. */
export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
}

/**
 * Ends sessions of one person that still stand: one (`only`), all but one (`except`), or all.
 * Returns the sessions it ended.
 */
export async function revokeSessions(
  tx: Db,
  userId: string,
  which: { only: string } | { except: string } | 'all',
): Promise<{ id: string; browser: string; membershipId: string | null }[]> {
  return tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        which === 'all'
          ? undefined
          : 'only' in which
            ? eq(userSessions.id, which.only)
            : ne(userSessions.id, which.except),
      ),
    )
    .returning({
      id: userSessions.id,
      browser: userSessions.browser,
      membershipId: userSessions.membershipId,
    });
}

/**
 * Signing out: the session ends on the server, so a copy of its cookie opens nothing any more.
 * Audited in the organization the session was in when it ended (the row's membership, which
 * switching may have changed since sign-in: decision 0023), if any; a second call for the same
 * session does nothing.
 */
export async function endSignedOutSession(
  db: Db,
  session: { sessionId: string; userId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [ended] = await revokeSessions(tx, session.userId, { only: session.sessionId });
    // A host admin's session belongs to no organization: there is no organization's log to write to.
    if (!ended?.membershipId) return;
    const [membership] = await tx
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.id, ended.membershipId));
    if (!membership) return;
    await recordAudit(
      tx,
      { orgId: membership.orgId, userId: session.userId },
      {
        action: 'member.sign_out',
        entityType: 'member',
        entityId: ended.membershipId,
        after: { browser: ended.browser },
      },
    );
  });
}
