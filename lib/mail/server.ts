import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mailSettings } from '@/db/schema';
import type { MailSecurity } from '@/db/schema/vocabulary';
import { scopedLoader } from '@/lib/auth/loader';
import { env } from '@/lib/env';
import { decryptSecret, encryptSecret } from '@/lib/secrets';

/** A mail server to send through, with where its settings came from. */
export type MailServer = {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  password: string;
  from: string;
  source: 'organization' | 'deployment';
};

/** The deployment's server from SMTP_URL and MAIL_FROM; undefined when SMTP_URL is not set. */
export function deploymentMailServer(): MailServer | undefined {
  const raw = env.smtpUrl();
  if (!raw) return undefined;
  const url = new URL(raw);
  const tls = url.protocol === 'smtps:';
  // ?security=none for a local catcher that speaks no TLS at all.
  const security: MailSecurity = tls
    ? 'tls'
    : url.searchParams.get('security') === 'none'
      ? 'none'
      : 'starttls';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 465 : 587,
    security,
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    from: env.mailFrom() ?? `Partner Atlas <partner-atlas@${url.hostname}>`,
    source: 'deployment',
  };
}

// The organization's own server's password is kept encrypted (lib/secrets.ts), marked so that a
// password saved before it was (stored as typed) still reads until the admin saves the form again.
const sealed = 'enc:';

/** The password as the mail_settings row keeps it: '' stays '' (no password). */
export function sealMailPassword(orgId: string, password: string): string {
  return password ? sealed + encryptSecret(orgId, password) : '';
}

/** The password to send with; '' when it cannot be read (the key changed: the admin enters it again). */
export function openMailPassword(orgId: string, stored: string): string {
  if (!stored.startsWith(sealed)) return stored;
  return decryptSecret(orgId, stored.slice(sealed.length)) ?? '';
}

/** True when any mail can be sent at all: the deployment has a server, or some organization its own. */
export async function anyMailServer(db: Db): Promise<boolean> {
  if (deploymentMailServer()) return true;
  const [own] = await db.select({ orgId: mailSettings.orgId }).from(mailSettings).limit(1);
  return Boolean(own);
}

/** The organization's own server when it set one, else the deployment's; undefined when neither. */
export async function mailServerFor(db: Db, orgId: string): Promise<MailServer | undefined> {
  const [own] = await db.select().from(mailSettings).where(eq(mailSettings.orgId, orgId));
  if (own) {
    return {
      host: own.host,
      port: own.port,
      security: own.security,
      username: own.username,
      password: openMailPassword(orgId, own.password),
      from: own.fromAddress,
      source: 'organization',
    };
  }
  return deploymentMailServer();
}

/** What the settings page shows: everything but the password, which is never sent back. */
export async function readMailSettings(db: Db, ctx: { orgId: string }) {
  const [own] = await db.select().from(mailSettings).where(eq(mailSettings.orgId, ctx.orgId));
  const deployment = deploymentMailServer();
  return {
    own: own
      ? {
          host: own.host,
          port: own.port,
          security: own.security,
          username: own.username,
          hasPassword: own.password !== '',
          from: own.fromAddress,
          version: own.version,
        }
      : null,
    deployment: deployment ? { host: deployment.host, port: deployment.port, from: deployment.from } : null,
  };
}

export type MailSettingsView = Awaited<ReturnType<typeof readMailSettings>>;

/** The mail settings page's data, for the admin's organization. */
export const loadMailSettingsPage = scopedLoader(async function loadMailSettingsPage(ctx: { orgId: string }) {
  const { getDb } = await import('@/db');
  return readMailSettings(await getDb(), ctx);
});
