import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, memberships, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { insertInvitation } from '@/lib/invitations/create';
import { recordHostAudit } from './audit';
import type { HostContext } from './context';
import type { InviteFirstAdminInput } from './validation';

export const hasAdminMessage =
  'This library system already has an admin: they invite people from its staff page.';

async function hasActiveAdmin(db: Db, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'admin'), eq(memberships.active, true)))
    .limit(1);
  return Boolean(row);
}

/**
 * For the host system page: whether the system has no active admin, and the name and address of
 * its latest admin invitation not yet used (pending, expired or revoked), to prefill a new one.
 */
export async function firstAdminState(db: Db, orgId: string) {
  if (await hasActiveAdmin(db, orgId)) return null;
  const [latest] = await db
    .select({ name: invitations.name, email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.role, 'admin'), isNull(invitations.acceptedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  return { name: latest?.name ?? '', email: latest?.email ?? '' };
}

/**
 * A new invitation link for the first admin of a system that has no admin (decision 0024: the
 * first link was lost or expired, and nobody inside can make another). In one transaction the
 * system's other admin invitations still waiting are revoked, so a lost link opens nothing, and
 * the new one is written.
 */
export async function inviteFirstAdmin(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  input: InviteFirstAdminInput,
): Promise<{
  orgId: string;
  name: string;
  timeZone: string;
  invitation: { token: string; expiresAt: Date };
}> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({
        name: organizations.name,
        timeZone: organizations.timeZone,
        suspendedAt: organizations.suspendedAt,
        deletionScheduledAt: organizations.deletionScheduledAt,
      })
      .from(organizations)
      .where(eq(organizations.id, input.orgId))
      .for('update');
    if (!org) throw new ActionError('That library system was not found.');
    if (org.suspendedAt || org.deletionScheduledAt) {
      throw new ActionError(`${org.name} is suspended: reopen it before inviting its first admin.`);
    }
    // Re-checked under the organization's lock: an admin may have joined since the page was shown.
    if (await hasActiveAdmin(tx, input.orgId)) throw new ActionError(hasAdminMessage);
    const revokedAt = new Date();
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt })
      .where(
        and(
          eq(invitations.orgId, input.orgId),
          eq(invitations.role, 'admin'),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    for (const row of revoked) {
      await recordAudit(
        tx,
        { orgId: input.orgId, userId: host.userId },
        {
          action: 'invitation.revoke',
          entityType: 'invitation',
          entityId: row.id,
          before: { email: row.email, role: row.role, revokedAt: null },
          after: { email: row.email, role: row.role, revokedAt },
        },
      );
    }
    const invitation = await insertInvitation(tx, {
      orgId: input.orgId,
      actorUserId: host.userId,
      email: input.adminEmail,
      name: input.adminName,
      role: 'admin',
    });
    await recordHostAudit(tx, {
      actorUserId: host.userId,
      action: 'organization.invite_admin',
      orgId: input.orgId,
      details: { name: org.name, adminEmail: input.adminEmail, invitationsRevoked: revoked.length },
    });
    return {
      orgId: input.orgId,
      name: org.name,
      timeZone: org.timeZone,
      invitation: { token: invitation.token, expiresAt: invitation.expiresAt },
    };
  });
}
