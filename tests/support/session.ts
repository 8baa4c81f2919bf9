type TestSession = {
  user: { id: string };
  membershipId: string;
  sessionVersion: number;
  expires: string;
} | null;

let session: TestSession = null;

export function currentTestSession(): TestSession {
  return session;
}

/** Makes the following calls act as this member, as if their session cookie came with them. */
export function signInAs(member: { userId: string; membershipId: string; sessionVersion?: number } | null) {
  session = member
    ? {
        user: { id: member.userId },
        membershipId: member.membershipId,
        // New accounts start at 1; a test that changes a password passes the new version.
        sessionVersion: member.sessionVersion ?? 1,
        expires: new Date(Date.now() + 3600_000).toISOString(),
      }
    : null;
}
