import { randomUUID } from 'node:crypto';

type TestSession = {
  user: { id: string };
  /** Absent for a host admin's session, which opens no organization (decision 0023). */
  membershipId?: string;
  sessionId?: string;
  sessionVersion: number;
  expires: string;
} | null;

let session: TestSession = null;

/**
 * The session `auth()` answers with in tests. Like a real sign-in, it stands for a session recorded
 * on the server (user_sessions): the row is made the first time it is asked for, unless the test
 * named a session of its own.
 */
export async function currentTestSession(): Promise<TestSession> {
  const current = session;
  if (!current || current.sessionId) return current;
  const [{ getDb }, { userSessions }, { sql }] = await Promise.all([
    import('@/db'),
    import('@/db/schema'),
    import('drizzle-orm'),
  ]);
  try {
    const [row] = await (await getDb())
      .insert(userSessions)
      .values({
        userId: current.user.id,
        membershipId: current.membershipId ?? null,
        sessionVersion: current.sessionVersion,
        browser: 'Test browser',
        // The database's clock, as sign-in uses: a test that fakes Date (the time-zone suite) must not
        // make a session that the database already sees as ended.
        expiresAt: sql`now() + interval '1 hour'`,
      })
      .returning({ id: userSessions.id });
    current.sessionId = row!.id;
  } catch {
    // Ids that name nobody (a test of a forged cookie): a session no row stands for.
    current.sessionId = randomUUID();
  }
  return current;
}

/** Makes the following calls act as this member, as if their session cookie came with them. */
export function signInAs(
  member: {
    userId: string;
    membershipId: string | null;
    sessionVersion?: number;
    sessionId?: string;
  } | null,
) {
  session = member
    ? {
        user: { id: member.userId },
        membershipId: member.membershipId ?? undefined,
        // A session the test already holds (from checkCredentials), or a new one made when first used.
        sessionId: member.sessionId,
        // New accounts start at 1; a test that changes a password passes the new version.
        sessionVersion: member.sessionVersion ?? 1,
        expires: new Date(Date.now() + 3600_000).toISOString(),
      }
    : null;
}
