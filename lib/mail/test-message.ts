import 'server-only';
import type { Db } from '@/db/client';
import { formatMoment } from '@/lib/dates';
import { absoluteLink, appOrigin } from '@/lib/reminders/links';
import { escapeHtml } from './html';
import { deliver, MailRefused } from './send';
import { mailServerFor } from './server';

/** A short message to the admin who asked, proving that reminders can leave through this server. */
export async function sendTestMessageTo(
  db: Db,
  ctx: { orgId: string; orgName: string; email: string; name: string; timeZone: string },
) {
  const server = await mailServerFor(db, ctx.orgId);
  if (!server) {
    throw new MailRefused(
      'No mail server is set: enter your library’s below, or ask whoever runs Partner Atlas to set SMTP_URL.',
      true,
    );
  }
  const link = absoluteLink(appOrigin(), '/settings/mail');
  const when = formatMoment(new Date(), ctx.timeZone);
  const text = `Hello ${ctx.name},\n\nThis is a test message from Partner Atlas for ${ctx.orgName}, sent ${when} through ${server.host}. Reminders will reach people this way.\n\nMail settings: ${link}\n`;
  const html = `<p>Hello ${escapeHtml(ctx.name)},</p><p>This is a test message from Partner Atlas for ${escapeHtml(ctx.orgName)}, sent ${escapeHtml(when)} through ${escapeHtml(server.host)}. Reminders will reach people this way.</p><p><a href="${escapeHtml(link)}">Mail settings</a></p>`;
  await deliver(server, { to: ctx.email, subject: 'Partner Atlas: test message', text, html });
  return { to: ctx.email, host: server.host };
}
