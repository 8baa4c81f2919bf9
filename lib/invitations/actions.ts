'use server';

import { and, eq, gt, isNull } from 'drizzle-orm';
import { headers } from 'next/headers';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { invitations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { dayOf, formatDay } from '@/lib/dates';
import { absoluteLink, appOrigin } from '@/lib/reminders/links';
import { mailInvitation } from './mail';
import { invitationDays, invitationPath, newInvitationToken } from './token';
import { invitationIdSchema } from './validation';

const staffPath = '/settings/staff';
const notFoundMessage = 'That invitation was not found, or it was already used, withdrawn or past its date.';

/** A pending invitation of the caller's organization, locked for the change; refused otherwise. */
async function pendingForChange(tx: Db, ctx: AuthContext, invitationId: string) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.orgId, ctx.orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .for('update');
  if (!row) throw new ActionError(notFoundMessage);
  return row;
}

/** Withdraws an invitation: its link opens nothing from now on. */
export const revokeInvitation = defineAction(
  { schema: invitationIdSchema, role: 'admin', revalidate: [staffPath] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const invitation = await pendingForChange(tx, ctx, input.invitationId);
      const revokedAt = new Date();
      await tx.update(invitations).set({ revokedAt }).where(eq(invitations.id, invitation.id));
      await recordAudit(tx, ctx, {
        action: 'invitation.revoke',
        entityType: 'invitation',
        entityId: invitation.id,
        before: { email: invitation.email, role: invitation.role, revokedAt: null },
        after: { email: invitation.email, role: invitation.role, revokedAt },
      });
      return { invitationId: invitation.id, email: invitation.email };
    });
  },
);

/**
 * A new link for a pending invitation (the first was lost, or nobody ever saw it: a restore's).
 * The old link stops working; the new one stands for another full week.
 */
export const renewInvitation = defineAction(
  { schema: invitationIdSchema, role: 'admin', revalidate: [staffPath] },
  async (input, ctx) => {
    const db = await getDb();
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + invitationDays * 24 * 60 * 60 * 1000);
    const invitation = await db.transaction(async (tx) => {
      const row = await pendingForChange(tx, ctx, input.invitationId);
      await tx.update(invitations).set({ tokenHash, expiresAt }).where(eq(invitations.id, row.id));
      await recordAudit(tx, ctx, {
        action: 'invitation.renew',
        entityType: 'invitation',
        entityId: row.id,
        before: { email: row.email, expiresAt: row.expiresAt },
        after: { email: row.email, expiresAt },
      });
      return row;
    });
    const link = absoluteLink(appOrigin((await headers()).get('origin') ?? undefined), invitationPath(token));
    const mailed = await mailInvitation(db, {
      orgId: ctx.orgId,
      orgName: ctx.orgName,
      timeZone: ctx.timeZone,
      email: invitation.email,
      role: invitation.role,
      link,
      expiresAt,
      inviterName: ctx.name,
    });
    return {
      invitationId: invitation.id,
      email: invitation.email,
      link,
      expiresAt,
      expiresOn: formatDay(dayOf(expiresAt, ctx.timeZone)),
      mailed,
    };
  },
);
