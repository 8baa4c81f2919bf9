import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAttempts, signInClientAttempts, signInFailureCounts } from '@/db/schema';
import { changePassword } from '@/lib/account/actions';
import { checkCredentials } from '@/lib/auth/credentials';
import { refusalMessage } from '@/lib/auth/messages';
import { sprayPolicy } from '@/lib/auth/spray-limits';
import { signInPolicy } from '@/lib/auth/throttle';
import { createMember, createOrganization, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { setTestRequestHeaders } from '../support/request';

const t = useTestDatabase();
const from = (client: string) => ({ sleep: async () => {}, client });
const sprayed = (n: number) => `nobody-${n}@example.org`;

// Each test starts with no failures anywhere, as a quiet service would.
beforeEach(async () => {
  await t.db.delete(signInAttempts);
  await t.db.delete(signInClientAttempts);
  await t.db.delete(signInFailureCounts);
});
afterEach(() => {
  vi.unstubAllEnvs();
  setTestRequestHeaders();
});

describe('a spray from one client address', () => {
  it('is refused once it reaches the limit, even for a right password, while another client gets in', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const spray = from('203.0.113.66');
    const { maxFailures } = sprayPolicy.client;
    // A few passwords on many addresses: never enough on one address to lock it.
    const perAddress = signInPolicy.maxFailures - 1;
    const answers = [];
    for (let i = 0; i < maxFailures; i++) {
      answers.push(
        await checkCredentials(t.db, sprayed(Math.floor(i / perAddress)), `Summer2026!${i}`, spray),
      );
    }
    expect(answers.slice(0, -1).every((a) => !a.ok && a.reason === 'invalid')).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: 'client_locked' });

    // The member's right password, from the spraying client: refused unchecked, as for any address.
    const refused = await checkCredentials(t.db, member.email, member.password, spray);
    expect(refused).toMatchObject({ ok: false, reason: 'client_locked' });
    expect(await checkCredentials(t.db, sprayed(999), 'x', spray)).toEqual(refused);
    if (refused.ok || refused.reason !== 'client_locked') throw new Error('expected a pause');
    const minutes = (refused.until.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(sprayPolicy.client.lockMinutes - 1);

    // The same member from another client is let in.
    expect(await checkCredentials(t.db, member.email, member.password, from('198.51.100.20'))).toMatchObject({
      ok: true,
    });
  }, 60_000);

  it('counts simultaneous attempts exactly, so a burst cannot slip past the limit', async () => {
    const { maxFailures } = sprayPolicy.client;
    const burst = maxFailures + 10;
    const answers = await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        checkCredentials(t.db, sprayed(i), 'Winter2026!', from('203.0.113.77')),
      ),
    );
    const checked = answers.filter((a) => !a.ok && a.reason === 'invalid');
    expect(checked).toHaveLength(maxFailures - 1);
    expect(answers.filter((a) => !a.ok && a.reason === 'client_locked')).toHaveLength(burst - checked.length);
    const [row] = await t.db
      .select()
      .from(signInClientAttempts)
      .where(eq(signInClientAttempts.client, '203.0.113.77'));
    expect(row?.failedCount).toBe(burst);
  }, 60_000);

  it('does not count a successful sign-in against the client', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const branch = from('192.0.2.50');
    expect(await checkCredentials(t.db, member.email, 'typo', branch)).toMatchObject({ reason: 'invalid' });
    for (let i = 0; i < 3; i++) {
      expect(await checkCredentials(t.db, member.email, member.password, branch)).toMatchObject({ ok: true });
    }
    const [row] = await t.db
      .select()
      .from(signInClientAttempts)
      .where(eq(signInClientAttempts.client, '192.0.2.50'));
    expect(row?.failedCount).toBe(1);
  });
});

describe('the service-wide ceiling', () => {
  it('gives a spray from many clients one try each, while a person typing their password right still gets in', async () => {
    vi.stubEnv('SIGN_IN_CEILING_PER_MINUTE', '10');
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const other = await createMember(t.db, org.id);
    // Twelve clients, one guess each, at twelve addresses (one of them a real account).
    const targets = [other.email, ...Array.from({ length: 11 }, (_, i) => sprayed(i))];
    for (const [i, email] of targets.entries()) {
      expect(await checkCredentials(t.db, email, 'Autumn2026!', from(`203.0.113.${100 + i}`))).toMatchObject({
        reason: 'invalid',
      });
    }
    // Over the ceiling now. A second try from a client that failed is refused unchecked…
    const again = await checkCredentials(t.db, sprayed(50), 'Spring2026!', from('203.0.113.100'));
    expect(again).toEqual({ ok: false, reason: 'busy' });
    // …and so is a second try at an address that was tried, from a new client, whether or not
    // the address has an account: the same answer.
    expect(await checkCredentials(t.db, other.email, other.password, from('198.51.100.7'))).toEqual(again);
    expect(await checkCredentials(t.db, sprayed(3), 'Spring2026!', from('198.51.100.8'))).toEqual(again);
    // A person at a new client typing their own password right gets in.
    expect(await checkCredentials(t.db, member.email, member.password, from('198.51.100.9'))).toMatchObject({
      ok: true,
    });
    // A new client gets its one wrong try, and no second.
    expect(await checkCredentials(t.db, sprayed(77), 'x', from('198.51.100.10'))).toMatchObject({
      reason: 'invalid',
    });
    expect(await checkCredentials(t.db, sprayed(78), 'x', from('198.51.100.10'))).toEqual(again);
  }, 60_000);

  it('leaves second tries alone below the ceiling', async () => {
    vi.stubEnv('SIGN_IN_CEILING_PER_MINUTE', '10');
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = from('192.0.2.80');
    expect(await checkCredentials(t.db, member.email, 'typo', desk)).toMatchObject({ reason: 'invalid' });
    expect(await checkCredentials(t.db, member.email, 'typo again', desk)).toMatchObject({
      reason: 'invalid',
    });
    expect(await checkCredentials(t.db, member.email, member.password, desk)).toMatchObject({ ok: true });
  });
});

describe('what people read', () => {
  it('says plainly why, never whether the address has an account', () => {
    const until = new Date(Date.now() + 14 * 60_000);
    expect(refusalMessage({ ok: false, reason: 'client_locked', until })).toMatch(
      /from your network.*Try again in 14 minutes/,
    );
    expect(refusalMessage({ ok: false, reason: 'busy' })).toMatch(
      /unusual number of failed sign-ins.*few minutes/,
    );
    for (const reason of ['client_locked', 'busy'] as const) {
      expect(refusalMessage({ ok: false, reason, until })).not.toMatch(/account|exist|registered/i);
    }
  });

  it('changing a password from a paused client says why, beside nothing it would reveal', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    await t.db.insert(signInClientAttempts).values({
      client: '203.0.113.200',
      failedCount: sprayPolicy.client.maxFailures,
      lockedUntil: new Date(Date.now() + 10 * 60_000),
    });
    setTestRequestHeaders({ 'x-forwarded-for': '203.0.113.200' });
    signInAs(member);
    const result = await changePassword(
      null,
      form({
        currentPassword: member.password,
        newPassword: 'n'.repeat(12),
        confirmPassword: 'n'.repeat(12),
      }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/from your network/) });
  });
});
