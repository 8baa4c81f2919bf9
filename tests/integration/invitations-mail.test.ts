import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mailSettings } from '@/db/schema';
import { addMember } from '@/lib/staff/actions';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { startSmtpStandIn } from '../support/smtp-stand-in';

// When the library has a mail server, an invitation's link is also e-mailed (decision 0024).

const t = useTestDatabase();
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
  vi.stubEnv('MAIL_ALLOW_PRIVATE_HOSTS', '1');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

describe('an invitation by e-mail', () => {
  it('sends the link to the invited address, and still shows it when the server refuses', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Cedar Library');
    await t.db.insert(mailSettings).values({
      orgId: org.id,
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      fromAddress: 'Atlas <atlas@cedar.example>',
    });
    signInAs(admin);
    const sent = await addMember(
      null,
      form({ name: 'Mo Mail', email: 'mo@example.org', role: 'staff', method: 'invitation' }),
    );
    if (!sent.ok || sent.data.kind !== 'invitation') throw new Error('expected an invitation');
    expect(sent.data).toMatchObject({ mailed: 'sent' });
    expect(sent.data.link).toMatch(/^https:\/\/atlas\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);
    const [message] = smtp.messages;
    expect(message?.to).toEqual(['mo@example.org']);
    expect(message?.text).toContain(sent.data.link);
    expect(message?.text).toContain('Cedar Library');

    smtp.setMode('refuse-recipient');
    const refused = await addMember(
      null,
      form({ name: 'No Mail', email: 'nomail@example.org', role: 'staff', method: 'invitation' }),
    );
    expect(refused).toMatchObject({ ok: true, data: { kind: 'invitation', mailed: 'failed' } });
    smtp.setMode('accept');
  });
});
