import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupAction } from '@/app/(auth)/setup/actions';
import { auditEntries, memberships, organizations, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { completeFirstRun, SetupClosedError } from '@/lib/setup/first-run';
import { isSetupOpen } from '@/lib/setup/queries';
import { form } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

const details = {
  organizationName: 'Riverbend Public Library',
  name: 'Jordan Park',
  email: 'Jordan@Riverbend.org',
  password: 'a long enough password',
  confirmPassword: 'a long enough password',
};

describe('first-run setup', () => {
  it('refuses a form with problems, field by field, and creates nothing', async () => {
    const result = await setupAction(
      null,
      form({ ...details, email: 'not-an-email', confirmPassword: 'different' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.email?.[0]).toMatch(/email address/);
    expect(result.fieldErrors?.confirmPassword?.[0]).toMatch(/not the same/);
    expect(await t.db.select().from(organizations)).toHaveLength(0);
    expect(await isSetupOpen(t.db)).toBe(true);
  });

  it('creates the organization and its admin, signs them in, and closes for good', async () => {
    const to = await expectRedirect(() => setupAction(null, form(details)));
    expect(to).toBe('/sign-in'); // The real signIn redirects to "/"; in tests it is mocked out.
    const [org] = await t.db.select().from(organizations);
    expect(org?.name).toBe('Riverbend Public Library');
    // The form sent no time zone: UTC, until an admin chooses one in Settings.
    expect(org).toMatchObject({ timeZone: 'UTC', timeZoneConfirmed: false });
    const [user] = await t.db.select().from(users).where(eq(users.email, 'jordan@riverbend.org'));
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ orgId: org!.id, role: 'admin', active: true });
    expect(user!.passwordHash).not.toContain(details.password);
    const login = await checkCredentials(t.db, details.email, details.password, { sleep: async () => {} });
    expect(login).toMatchObject({ ok: true, orgId: org!.id });

    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org!.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'member.create',
      'member.sign_in',
      'organization.create',
    ]);
    expect(JSON.stringify(audit)).not.toContain('argon2');

    expect(await isSetupOpen(t.db)).toBe(false);
    const again = await setupAction(
      null,
      form({ ...details, email: 'someone@else.org', organizationName: 'Takeover' }),
    );
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already been set up/) });
    expect(await t.db.select().from(organizations)).toHaveLength(1);
  });
});

describe('the time zone at setup', () => {
  const fresh = useTestDatabase();

  it('refuses a zone that is not in the list, beside the field, and creates nothing', async () => {
    const result = await setupAction(null, form({ ...details, timeZone: 'Pacific/Atlantis' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: ['Choose your library’s time zone from the list.'] },
    });
    expect(await fresh.db.select().from(organizations)).toHaveLength(0);
  });

  it('takes the one chosen (the form starts from the device’s), as chosen', async () => {
    await expectRedirect(() => setupAction(null, form({ ...details, timeZone: 'America/Los_Angeles' })));
    const [org] = await fresh.db.select().from(organizations);
    expect(org).toMatchObject({ timeZone: 'America/Los_Angeles', timeZoneConfirmed: true });
  });
});

describe('setup racing itself', () => {
  const fresh = useTestDatabase();

  it('lets exactly one of two simultaneous submissions through', async () => {
    const results = await Promise.allSettled([
      completeFirstRun(fresh.db, { ...details, email: 'one@example.org' }),
      completeFirstRun(fresh.db, { ...details, email: 'two@example.org' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(SetupClosedError);
    expect(await fresh.db.select().from(organizations)).toHaveLength(1);
    expect(await fresh.db.select().from(users)).toHaveLength(1);
  });
});
