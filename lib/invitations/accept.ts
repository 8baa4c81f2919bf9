import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { branches, invitations, memberships, userSessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { type PasswordOptions, verifyAccountPassword } from '@/lib/auth/credentials';
import { refusalMessage } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password';
import { closedMessages, suspendedSystemMessage } from './messages';
import { type FoundInvitation, findInvitationByToken, statusOf } from './queries';
import type { JoinAsNewPersonInput } from './validation';

// Accepting an invitation (decision 0024): each way is one transaction that finds the invitation by
// its token, locked, checks it still stands, makes the membership, marks the invitation used and
// writes `member.join` in the organization's log.

async function openInvitation(tx: Db, token: string): Promise<FoundInvitation> {
  const invitation = await findInvitationByToken(tx, token, { lock: true });
  if (!invitation) throw new ActionError(closedMessages.invalid);
  const status = statusOf(invitation);
  if (status !== 'open') throw new ActionError(closedMessages[status]);
  if (invitation.orgSuspended) throw new ActionError(suspendedSystemMessage);
  return invitation;
}

/** The home branch the inviter chose, if it is still the organization's. */
async function homeBranchOf(tx: Db, invitation: FoundInvitation): Promise<string | null> {
  if (!invitation.homeBranchId) return null;
  const [branch] = await tx
    .select({ id: branches.id })
    .from(branches)
    .where(and(eq(branches.id, invitation.homeBranchId), eq(branches.orgId, invitation.orgId)));
  return branch?.id ?? null;
}

async function join(tx: Db, invitation: FoundInvitation, user: { id: string; name: string }) {
  const [membership] = await tx
    .insert(memberships)
    .values({
      orgId: invitation.orgId,
      userId: user.id,
      role: invitation.role,
      homeBranchId: await homeBranchOf(tx, invitation),
      lastSignInAt: new Date(),
    })
    .returning({ id: memberships.id });
  if (!membership) throw new Error('Insert returned no membership');
  await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
  await recordAudit(
    tx,
    { orgId: invitation.orgId, userId: user.id },
    {
      action: 'member.join',
      entityType: 'member',
      entityId: membership.id,
      after: { name: user.name, email: invitation.email, role: invitation.role, invitationId: invitation.id },
    },
  );
  return membership.id;
}

export const hasAccountMessage =
  'This address already has a Partner Atlas account. Sign in with it to accept the invitation.';

/**
 * A person new to Partner Atlas accepts: their account is made with the name and password they
 * chose (the same rules as everywhere), and they join with the invited role.
 */
export async function joinAsNewPerson(
  db: Db,
  input: Pick<JoinAsNewPersonInput, 'token' | 'name' | 'newPassword'>,
): Promise<{ email: string; orgId: string; membershipId: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  try {
    return await db.transaction(async (tx) => {
      const invitation = await openInvitation(tx, input.token);
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, invitation.email));
      if (existing) throw new ActionError(hasAccountMessage);
      const [user] = await tx
        .insert(users)
        .values({ email: invitation.email, name: input.name, passwordHash })
        .returning({ id: users.id });
      if (!user) throw new Error('Insert returned no user');
      const membershipId = await join(tx, invitation, { id: user.id, name: input.name });
      return { email: invitation.email, orgId: invitation.orgId, membershipId };
    });
  } catch (error) {
    // The address got an account between the check and the insert.
    if (isUniqueViolation(error, 'users_email_unique')) throw new ActionError(hasAccountMessage);
    throw error;
  }
}

/**
 * The owner of an existing account who is not signed in accepts with their password, checked
 * within the sign-in limits: this works whether or not the account can sign in anywhere today (all
 * its memberships deactivated, its systems suspended, or signing in by single sign-on only). They
 * join in one transaction; the caller then signs them in.
 */
export async function joinWithPassword(
  db: Db,
  input: { token: string; password: string },
  options: PasswordOptions = {},
): Promise<{ email: string; orgId: string; membershipId: string }> {
  const found = await findInvitationByToken(db, input.token);
  if (!found) throw new ActionError(closedMessages.invalid);
  const status = statusOf(found);
  if (status !== 'open') throw new ActionError(closedMessages[status]);
  const verified = await verifyAccountPassword(db, found.email, input.password, options);
  if (!verified.ok) {
    const message =
      verified.reason === 'invalid'
        ? `That is not the password of the Partner Atlas account for ${found.email}.`
        : refusalMessage(verified);
    throw new ActionError(message, { password: [message] });
  }
  const { user } = verified;
  return db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, input.token);
    if (invitation.email !== user.email) throw new ActionError(closedMessages.invalid);
    const [already] = await tx
      .select({ id: memberships.id, active: memberships.active })
      .from(memberships)
      .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, user.id)));
    if (already && !already.active) throw new ActionError(deactivatedHereMessage(invitation.orgName));
    if (already) {
      await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
      return { email: user.email, orgId: invitation.orgId, membershipId: already.id };
    }
    const membershipId = await join(tx, invitation, { id: user.id, name: user.name });
    return { email: user.email, orgId: invitation.orgId, membershipId };
  });
}

const deactivatedHereMessage = (orgName: string) =>
  `You were a member of ${orgName} before and were deactivated there: ask its admin to reactivate you.`;

export type SignedInPerson = {
  userId: string;
  email: string;
  sessionId: string;
  /** The membership the session is in now; null for a host admin's session that opens none. */
  membershipId: string | null;
  orgId: string | null;
};

export function wrongAccountMessage(signedInEmail: string) {
  return `This invitation is for another email address, and you are signed in as ${signedInEmail}. Sign out, then open the link again.`;
}

/**
 * The owner of an existing account, signed in, accepts: they join, and this session moves into the
 * organization they joined (as switching would, written to both logs).
 */
export async function joinAsSignedIn(
  db: Db,
  caller: SignedInPerson,
  token: string,
): Promise<{ orgId: string; orgName: string; membershipId: string }> {
  return db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, token);
    if (invitation.email !== caller.email.toLowerCase()) {
      throw new ActionError(wrongAccountMessage(caller.email));
    }
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, caller.userId));
    if (!user) throw new ActionError(closedMessages.invalid);
    const [already] = await tx
      .select({ id: memberships.id, active: memberships.active })
      .from(memberships)
      .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, caller.userId)));
    if (already && !already.active) {
      throw new ActionError(deactivatedHereMessage(invitation.orgName));
    }
    let membershipId: string;
    if (already) {
      // Already in: the link is spent all the same, and the session moves in.
      await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
      membershipId = already.id;
    } else {
      membershipId = await join(tx, invitation, { id: caller.userId, name: user.name });
    }
    if (caller.membershipId !== membershipId) {
      const [moved] = await tx
        .update(userSessions)
        .set({ membershipId })
        .where(
          and(
            eq(userSessions.id, caller.sessionId),
            eq(userSessions.userId, caller.userId),
            isNull(userSessions.revokedAt),
          ),
        )
        .returning({ browser: userSessions.browser });
      if (moved && caller.membershipId && caller.orgId) {
        await recordAudit(
          tx,
          { orgId: caller.orgId, userId: caller.userId },
          {
            action: 'member.switch_out',
            entityType: 'member',
            entityId: caller.membershipId,
            after: { browser: moved.browser },
          },
        );
      }
    }
    return { orgId: invitation.orgId, orgName: invitation.orgName, membershipId };
  });
}
