import 'server-only';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { branches, invitations, type MemberRole, organizations, users } from '@/db/schema';
import { hashInvitationToken, looksLikeToken } from './token';

type Ctx = { orgId: string };

/** The invitations of the caller's organization still waiting to be used: the filter lives here. */
export async function listPendingInvitations(db: Db, ctx: Ctx) {
  return db
    .select({
      invitationId: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      homeBranchName: branches.name,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(branches, and(eq(branches.id, invitations.homeBranchId), eq(branches.orgId, invitations.orgId)))
    .where(
      and(
        eq(invitations.orgId, ctx.orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitations.expiresAt), asc(invitations.email));
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

export type InvitationStatus = 'open' | 'used' | 'expired' | 'revoked';

/** The invitation a token opens, with its organization; null for a token that opens none. */
export async function findInvitationByToken(db: Db, token: string, options: { lock?: boolean } = {}) {
  if (!looksLikeToken(token)) return null;
  const query = db
    .select({
      id: invitations.id,
      orgId: invitations.orgId,
      orgName: organizations.name,
      orgSuspended: organizations.suspendedAt,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      homeBranchId: invitations.homeBranchId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  // Two people (or two tabs) accepting at once: the second waits, then finds it used.
  const [row] = options.lock ? await query.for('update', { of: invitations }) : await query;
  return row ?? null;
}

export type FoundInvitation = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;

export function statusOf(invitation: FoundInvitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'open';
}

/** What the invitation page shows: never more than the link's holder needs to accept it. */
export type InvitationPage =
  | { status: 'invalid' }
  | { status: Exclude<InvitationStatus, 'open'>; orgName: string }
  | {
      status: 'open';
      orgName: string;
      email: string;
      name: string;
      role: MemberRole;
      expiresAt: Date;
      /** The address has an account: its owner signs in and accepts, rather than choosing a password. */
      hasAccount: boolean;
    };

export async function readInvitationPage(db: Db, token: string): Promise<InvitationPage> {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) return { status: 'invalid' };
  const status = statusOf(invitation);
  if (status !== 'open') return { status, orgName: invitation.orgName };
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
  return {
    status,
    orgName: invitation.orgName,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    hasAccount: Boolean(account),
  };
}
