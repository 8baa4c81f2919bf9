import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEntries, mailSettings } from '@/db/schema';
import { saveMailSettings, sendTestMessage } from '@/lib/mail/actions';
import { mailServerFor, readMailSettings } from '@/lib/mail/server';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { startSmtpStandIn } from '../support/smtp-stand-in';

// Settings, Mail: the deployment's server from SMTP_URL and MAIL_FROM, an organization's own
// instead, only admins change it, the password never comes back, and the test message reaches an
// SMTP stand-in or says clearly why the server refused it.

const t = useTestDatabase();
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;

beforeAll(async () => {
  smtp = await startSmtpStandIn({ user: 'atlas', password: 's3cret-pass' });
  vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
  // The stand-in listens on 127.0.0.1: allowed here as an operator would allow a server of its own.
  vi.stubEnv('MAIL_ALLOW_PRIVATE_HOSTS', '1');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

const own = (values: Record<string, string> = {}) =>
  form({
    server: 'own',
    host: '127.0.0.1',
    port: String(smtp.port),
    security: 'none',
    username: 'atlas',
    password: 's3cret-pass',
    from: 'Northgate Atlas <atlas@northgate.example>',
    ...values,
  });

describe('the mail server', () => {
  it('is the deployment’s from SMTP_URL and MAIL_FROM until an organization sets its own', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    vi.stubEnv('SMTP_URL', 'smtp://deploy%40user:p%40ss@mail.example.net:2525');
    vi.stubEnv('MAIL_FROM', 'Partner Atlas <atlas@example.net>');
    expect(await mailServerFor(t.db, org.id)).toMatchObject({
      host: 'mail.example.net',
      port: 2525,
      security: 'starttls',
      username: 'deploy@user',
      password: 'p@ss',
      from: 'Partner Atlas <atlas@example.net>',
      source: 'deployment',
    });
    vi.stubEnv('SMTP_URL', '');
    expect(await mailServerFor(t.db, org.id)).toBeUndefined();
  });

  it('lets only admins set their own; the password is kept, never shown back, never audited', async () => {
    const { org, admin, manager } = await createOrganizationWithMembers(t.db);
    signInAs(manager);
    expect((await saveMailSettings(null, own())).ok).toBe(false);
    expect(await t.db.select().from(mailSettings).where(eq(mailSettings.orgId, org.id))).toHaveLength(0);

    signInAs(admin);
    const bad = await saveMailSettings(null, own({ host: 'not a host', port: '99999', from: 'nobody' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['from', 'host', 'port']);

    expect((await saveMailSettings(null, own())).ok).toBe(true);
    // Saved again with the password left blank: it is kept.
    expect((await saveMailSettings(null, own({ password: '' }))).ok).toBe(true);
    const view = await readMailSettings(t.db, { orgId: org.id });
    expect(view.own).toMatchObject({ host: '127.0.0.1', username: 'atlas', hasPassword: true });
    expect(JSON.stringify(view)).not.toContain('s3cret-pass');
    expect((await mailServerFor(t.db, org.id))?.password).toBe('s3cret-pass');
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
    expect(audit.map((entry) => entry.action)).toContain('organization.mail_settings');
    expect(JSON.stringify(audit)).not.toContain('s3cret-pass');

    expect((await saveMailSettings(null, form({ server: 'deployment' }))).ok).toBe(true);
    expect((await readMailSettings(t.db, { orgId: org.id })).own).toBeNull();
  });

  it('asks for the password again when the port, security, host or user name changed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect((await saveMailSettings(null, own())).ok).toBe(true);
    const changes: Record<string, string>[] = [
      { port: '2525' },
      { security: 'tls' },
      { host: 'localhost' },
      { username: 'other' },
    ];
    for (const changed of changes) {
      const result = await saveMailSettings(null, own({ password: '', ...changed }));
      if (result.ok) throw new Error(`expected the password to be asked for (${JSON.stringify(changed)})`);
      expect(result.fieldErrors?.password?.[0]).toMatch(/Enter the password again/);
    }
    const [row] = await t.db.select().from(mailSettings).where(eq(mailSettings.orgId, org.id));
    expect(row).toMatchObject({ port: smtp.port, security: 'none' });
    expect(await mailServerFor(t.db, org.id)).toMatchObject({ password: 's3cret-pass' });
    // With the password given again, the change is saved.
    expect((await saveMailSettings(null, own({ port: '2525' }))).ok).toBe(true);
    expect(await mailServerFor(t.db, org.id)).toMatchObject({ port: 2525, password: 's3cret-pass' });
  });
});

describe('the saved password', () => {
  it('is kept encrypted, reads only in its own organization, and one saved as typed is sealed on the next save', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const other = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect((await saveMailSettings(null, own())).ok).toBe(true);
    const [row] = await t.db.select().from(mailSettings).where(eq(mailSettings.orgId, org.id));
    expect(row!.password).toMatch(/^enc:v1\./);
    expect(row!.password).not.toContain('s3cret-pass');
    // Copied into another organization's row, it does not decrypt there.
    await t.db.insert(mailSettings).values({ ...row!, orgId: other.org.id });
    expect((await mailServerFor(t.db, other.org.id))?.password).toBe('');

    // Saved before passwords were encrypted: it still sends, and saving the form seals it.
    await t.db.update(mailSettings).set({ password: 's3cret-pass' }).where(eq(mailSettings.orgId, org.id));
    expect((await mailServerFor(t.db, org.id))?.password).toBe('s3cret-pass');
    expect((await saveMailSettings(null, own({ password: '' }))).ok).toBe(true);
    const [resealed] = await t.db.select().from(mailSettings).where(eq(mailSettings.orgId, org.id));
    expect(resealed!.password).toMatch(/^enc:v1\./);
    expect((await mailServerFor(t.db, org.id))?.password).toBe('s3cret-pass');
  });
});

describe('the test message', () => {
  it('reaches the admin through the organization’s server, with a plain text and an HTML part', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    await saveMailSettings(null, own());
    const before = smtp.messages.length;
    const result = await sendTestMessage(null, form({}));
    expect(result).toMatchObject({ ok: true, data: { to: admin.email, host: '127.0.0.1' } });
    const message = smtp.messages.at(-1)!;
    expect(smtp.messages.length).toBe(before + 1);
    expect(message.to).toEqual([admin.email]);
    expect(message.from).toBe('atlas@northgate.example');
    expect(message.raw).toContain('Content-Type: text/plain');
    expect(message.raw).toContain('Content-Type: text/html');
    expect(message.text).toContain(org.name);
    expect(message.text).toContain('https://atlas.example.org/settings/mail');
  });

  it('says clearly why, when the server refuses the account, the recipient, or is not there', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    await saveMailSettings(null, own({ password: 'wrong' }));
    const auth = await sendTestMessage(null, form({}));
    expect(auth).toMatchObject({ ok: false });
    if (!auth.ok) expect(auth.message).toMatch(/refused the user name or password/);

    await saveMailSettings(null, own());
    smtp.setMode('refuse-recipient');
    const recipient = await sendTestMessage(null, form({}));
    smtp.setMode('accept');
    if (recipient.ok) throw new Error('expected a refusal');
    expect(recipient.message).toMatch(/refused the message/);
    expect(recipient.message).toContain('Mailbox unavailable');

    await saveMailSettings(null, own({ port: '1' }));
    const away = await sendTestMessage(null, form({}));
    if (away.ok) throw new Error('expected a refusal');
    expect(away.message).toMatch(/Could not talk to the mail server at 127\.0\.0\.1:1/);

    signInAs(admin);
    await saveMailSettings(null, form({ server: 'deployment' }));
    vi.stubEnv('SMTP_URL', '');
    const none = await sendTestMessage(null, form({}));
    if (none.ok) throw new Error('expected a refusal');
    expect(none.message).toMatch(/No mail server is set/);
  });
});

describe('an organization’s own server on an internal address', () => {
  it('is refused beside the host field, and when sending, unless the operator allows it', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect((await saveMailSettings(null, own())).ok).toBe(true);
    vi.stubEnv('MAIL_ALLOW_PRIVATE_HOSTS', '');
    try {
      for (const host of ['127.0.0.1', '169.254.169.254', '10.0.0.5', '192.168.1.20', '[::1]', 'localhost']) {
        const result = await saveMailSettings(null, own({ host, port: '25' }));
        if (result.ok) throw new Error(`expected ${host} to be refused`);
        expect(result.fieldErrors?.host?.[0]).toMatch(/private or internal network/);
      }
      // Saved while it was allowed: nothing is sent there now.
      expect((await mailServerFor(t.db, org.id))?.host).toBe('127.0.0.1');
      const before = smtp.messages.length;
      const sent = await sendTestMessage(null, form({}));
      if (sent.ok) throw new Error('expected a refusal');
      expect(sent.message).toMatch(/private or internal network/);
      expect(smtp.messages.length).toBe(before);
    } finally {
      vi.stubEnv('MAIL_ALLOW_PRIVATE_HOSTS', '1');
    }
  });

  it('repeats only an SMTP reply, never whatever else answered on the port', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const other = createServer((socket) => {
      socket.end('HTTP/1.1 400 Bad Request\r\nX-Internal-Secret: do-not-show\r\n\r\n');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((other.address() as AddressInfo).port);
      expect((await saveMailSettings(null, own({ port }))).ok).toBe(true);
      const result = await sendTestMessage(null, form({}));
      if (result.ok) throw new Error('expected a refusal');
      expect(result.message).toContain('127.0.0.1');
      expect(result.message).not.toContain('do-not-show');
      expect(result.message).not.toContain('HTTP/1.1');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
