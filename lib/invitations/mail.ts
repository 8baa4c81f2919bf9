import 'server-only';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import type { MemberRole } from '@/db/schema';
import { roleLabels } from '@/lib/auth/roles';
import { dayOf, formatDay } from '@/lib/dates';
import { escapeHtml } from '@/lib/mail/html';
import { deliver } from '@/lib/mail/send';
import { mailServerFor } from '@/lib/mail/server';

/** What became of the e-mail with the link: sent, not sent (the server refused), or no server set. */
export type InvitationMailed = 'sent' | 'failed' | 'none';

/**
 * Sends the invitation link to the address when the organization (or the deployment) has a mail
 * server. Called after the invitation is written: a mail server that refuses never undoes it, and
 * the inviter still has the link to pass on.
 */
export async function mailInvitation(
  db: Db,
  invitation: {
    orgId: string;
    orgName: string;
    timeZone: string;
    email: string;
    role: MemberRole;
    link: string;
    expiresAt: Date;
    inviterName: string;
  },
): Promise<InvitationMailed> {
  const server = await mailServerFor(db, invitation.orgId);
  if (!server) return 'none';
  const until = formatDay(dayOf(invitation.expiresAt, invitation.timeZone));
  const role = roleLabels[invitation.role].toLowerCase();
  const text = `Hello,\n\n${invitation.inviterName} invites you to join ${invitation.orgName} in Partner Atlas as ${role}.\n\nOpen this link to accept (it works once, until ${until}):\n${invitation.link}\n\nIf you were not expecting this, ignore this message.\n`;
  const html = `<p>Hello,</p><p>${escapeHtml(invitation.inviterName)} invites you to join ${escapeHtml(invitation.orgName)} in Partner Atlas as ${escapeHtml(role)}.</p><p><a href="${escapeHtml(invitation.link)}">Accept the invitation</a> (the link works once, until ${escapeHtml(until)}).</p><p>If you were not expecting this, ignore this message.</p>`;
  try {
    await deliver(server, {
      to: invitation.email,
      subject: `Partner Atlas: join ${invitation.orgName}`,
      text,
      html,
    });
    return 'sent';
  } catch (error) {
    logError('invitation mail', error);
    return 'failed';
  }
}
