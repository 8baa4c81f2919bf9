import 'server-only';
import { getDb } from '@/db';
import { getAuthContext } from '@/lib/auth/context';
import { type OrgCaller, scopedLoader } from '@/lib/auth/loader';
import { getHostContext } from '@/lib/host/context';
import type { SignedInPerson } from './accept';
import { listPendingInvitations, readInvitationPage } from './queries';

/** Settings → Staff: the caller's organization's invitations still waiting. */
export const loadPendingInvitations = scopedLoader(async function loadPendingInvitations(ctx: OrgCaller) {
  return listPendingInvitations(await getDb(), ctx);
});

/** Whoever this browser is signed in as, in an organization or at the host console only; or null. */
export async function signedInPerson(): Promise<SignedInPerson | null> {
  const member = await getAuthContext();
  if (member) {
    return {
      userId: member.userId,
      email: member.email,
      sessionId: member.sessionId,
      membershipId: member.membershipId,
      orgId: member.orgId,
    };
  }
  const host = await getHostContext();
  if (host) {
    return {
      userId: host.userId,
      email: host.email,
      sessionId: host.sessionId,
      membershipId: null,
      orgId: null,
    };
  }
  return null;
}

/** The invitation page's data, and who is signed in (only their email reaches the page). */
export async function loadInvitationPage(token: string) {
  const [invitation, person] = await Promise.all([
    readInvitationPage(await getDb(), token),
    signedInPerson(),
  ]);
  return { invitation, signedInEmail: person?.email ?? null };
}
