import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, type MemberRole } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { invitationDays, newInvitationToken } from './token';

export type NewInvitation = {
  orgId: string;
  /** Who invites: an admin, the restoring admin, or a host admin. Written to the organization's log. */
  actorUserId: string | null;
  email: string;
  name: string;
  role: MemberRole;
  homeBranch?: { id: string; name: string } | null;
};

export type CreatedInvitation = { invitationId: string; token: string; expiresAt: Date };

/**
 * Writes an invitation and its `member.invite` entry, in the caller's transaction. The entry names
 * the address and the role, never whether the address already has an account somewhere.
 */
export async function insertInvitation(tx: Db, input: NewInvitation): Promise<CreatedInvitation> {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + invitationDays * 24 * 60 * 60 * 1000);
  const [row] = await tx
    .insert(invitations)
    .values({
      orgId: input.orgId,
      tokenHash,
      email: input.email,
      name: input.name,
      role: input.role,
      homeBranchId: input.homeBranch?.id ?? null,
      expiresAt,
      invitedByUserId: input.actorUserId,
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error('Insert returned no invitation');
  await recordAudit(
    tx,
    { orgId: input.orgId, userId: input.actorUserId },
    {
      action: 'member.invite',
      entityType: 'invitation',
      entityId: row.id,
      after: {
        name: input.name,
        email: input.email,
        role: input.role,
        homeBranchName: input.homeBranch?.name ?? null,
        expiresAt,
      },
    },
  );
  return { invitationId: row.id, token, expiresAt };
}

/** The invitation still waiting for this address in this organization, if any. */
export async function pendingInvitationFor(tx: Db, orgId: string, email: string) {
  const [row] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}
