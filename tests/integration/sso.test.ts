import { and, eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  auditEntries,
  memberships,
  ssoIdentities,
  ssoRequests,
  ssoSettings,
  userSessions,
  users,
} from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { ssoProviderId } from '@/lib/auth/sso/kinds';
import { switchMembership } from '@/lib/auth/switch';
import { decryptSecret, encryptSecret } from '@/lib/secrets';
import { approveSsoRequest, refuseSsoRequest, saveSsoSettings, testSsoSettings } from '@/lib/sso/actions';
import { loadSsoPage } from '@/lib/sso/loaders';
import { ssoOptionsForEmail } from '@/lib/sso/sign-in';
import { createMember, createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { type OidcStandIn, startOidcStandIn } from '../support/oidc-stand-in';
import { appOrigin, signInThroughProvider } from '../support/sso-flow';

// Single sign-on against a real OpenID Connect provider (decision 0027): the whole redirect flow,
// with Auth.js's PKCE, state and nonce checks, and what the app makes of who the provider vouches for.

const authSecret = 'integration-tests-auth-secret-0123456789';
vi.stubEnv('AUTH_SECRET', authSecret);
vi.stubEnv('SSO_ALLOW_PRIVATE_ISSUERS', '1');

const t = useTestDatabase();
let idp: OidcStandIn;
let a: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let b: Awaited<ReturnType<typeof createOrganizationWithMembers>>;

async function configure(orgId: string, values: Partial<typeof ssoSettings.$inferInsert> = {}) {
  idp.allowRedirect(`${appOrigin}/api/auth/callback/${ssoProviderId(orgId)}`);
  await t.db
    .insert(ssoSettings)
    .values({
      orgId,
      kind: 'oidc',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecretEncrypted: encryptSecret(orgId, idp.clientSecret),
      allowedDomains: ['cascade.example'],
      defaultRole: 'staff',
      ...values,
    })
    .onConflictDoUpdate({ target: ssoSettings.orgId, set: { ...values, issuer: idp.issuer } });
}

async function sessionOf(cookies: Map<string, string>) {
  const cookie = cookies.get('authjs.session-token');
  if (!cookie) return null;
  return decode({ token: cookie, secret: authSecret, salt: 'authjs.session-token' });
}

const refusalsIn = (orgId: string) =>
  t.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, 'member.sso_refused')));

beforeAll(async () => {
  idp = await startOidcStandIn();
  a = await createOrganizationWithMembers(t.db, 'Cascade Sound Library System');
  b = await createOrganizationWithMembers(t.db, 'Other Library System');
  await configure(a.org.id);
});
afterAll(async () => {
  await idp?.close();
});
beforeEach(() => {
  idp.refuseNext(null);
});

describe('signing in through the provider', () => {
  it('makes a first-time person a member with the default role, and a second sign-in keeps it', async () => {
    const first = await signInThroughProvider(a.org.id, 'ada@cascade.example');
    expect(first.location).toBe('/choose?next=%2Fmap');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'ada@cascade.example'));
    expect(user).toBeDefined();
    const found = await t.db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(found).toMatchObject([{ orgId: a.org.id, role: 'staff', active: true }]);
    const token = await sessionOf(first.cookies);
    expect(token).toMatchObject({ sub: user!.id, membershipId: found[0]!.id });
    const [session] = await t.db
      .select()
      .from(userSessions)
      .where(eq(userSessions.id, String(token?.sessionId)));
    expect(session).toMatchObject({
      userId: user!.id,
      membershipId: found[0]!.id,
      browser: 'Firefox on Linux',
    });

    const second = await signInThroughProvider(a.org.id, 'ada@cascade.example');
    expect(second.location).toBe('/choose?next=%2Fmap');
    expect(await t.db.select().from(memberships).where(eq(memberships.userId, user!.id))).toHaveLength(1);
    expect(await t.db.select().from(userSessions).where(eq(userSessions.userId, user!.id))).toHaveLength(2);
    const log = await t.db
      .select({ action: auditEntries.action, actor: auditEntries.actorUserId })
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, a.org.id), eq(auditEntries.actorUserId, user!.id)));
    expect(log.map((entry) => entry.action).sort()).toEqual([
      'member.create',
      'member.sign_in',
      'member.sign_in',
    ]);
  });

  it('finds the same person by the provider’s subject after their email changes', async () => {
    const account = idp.addAccount({ email: 'bo@cascade.example', name: 'Bo' });
    await signInThroughProvider(a.org.id, 'bo@cascade.example');
    idp.addAccount({ ...account, email: 'bo.renamed@cascade.example' });
    const again = await signInThroughProvider(a.org.id, 'bo.renamed@cascade.example');
    expect(again.location).toBe('/choose?next=%2Fmap');
    expect(await t.db.select().from(users).where(eq(users.email, 'bo.renamed@cascade.example'))).toEqual([]);
    const [user] = await t.db.select().from(users).where(eq(users.email, 'bo@cascade.example'));
    const [identity] = await t.db.select().from(ssoIdentities).where(eq(ssoIdentities.subject, account.sub));
    expect(identity).toMatchObject({ userId: user!.id, email: 'bo.renamed@cascade.example' });
  });

  it('signs an existing password account in, and links it', async () => {
    const member = await createMember(t.db, a.org.id, { email: 'cy@cascade.example', role: 'manager' });
    const result = await signInThroughProvider(a.org.id, 'cy@cascade.example');
    expect(result.location).toBe('/choose?next=%2Fmap');
    expect(await sessionOf(result.cookies)).toMatchObject({
      sub: member.userId,
      membershipId: member.membershipId,
    });
    const [identity] = await t.db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, member.userId));
    expect(identity?.issuer).toBe(idp.issuer);
  });

  it('refuses a deactivated member, and logs it', async () => {
    await createMember(t.db, a.org.id, { email: 'dee@cascade.example', active: false });
    const result = await signInThroughProvider(a.org.id, 'dee@cascade.example');
    expect(result.location).toBe('/sign-in?sso=deactivated');
    expect(result.cookies.has('authjs.session-token')).toBe(false);
    expect((await refusalsIn(a.org.id)).map((entry) => entry.after)).toContainEqual(
      expect.objectContaining({ email: 'dee@cascade.example', reason: 'deactivated' }),
    );
  });

  it('refuses an email outside the allowed domains, and makes nobody', async () => {
    const result = await signInThroughProvider(a.org.id, 'eve@elsewhere.example');
    expect(result.location).toBe('/sign-in?sso=outside_domains');
    expect(result.cookies.has('authjs.session-token')).toBe(false);
    expect(await t.db.select().from(users).where(eq(users.email, 'eve@elsewhere.example'))).toEqual([]);
  });

  it('refuses an email the provider has not verified', async () => {
    idp.addAccount({ email: 'fay@cascade.example', emailVerified: false });
    const result = await signInThroughProvider(a.org.id, 'fay@cascade.example');
    expect(result.location).toBe('/sign-in?sso=unverified_email');
    expect(await t.db.select().from(users).where(eq(users.email, 'fay@cascade.example'))).toEqual([]);
  });

  it('refuses a tampered state, and logs the failure', async () => {
    const before = (await refusalsIn(a.org.id)).length;
    const result = await signInThroughProvider(a.org.id, 'gil@cascade.example', {
      tamper: (callback) => callback.searchParams.set('state', `${callback.searchParams.get('state')}x`),
    });
    expect(result.location).toBe('/sign-in?error=Configuration&step=callback');
    expect(result.cookies.has('authjs.session-token')).toBe(false);
    expect(await t.db.select().from(users).where(eq(users.email, 'gil@cascade.example'))).toEqual([]);
    const refusals = await refusalsIn(a.org.id);
    expect(refusals.length).toBe(before + 1);
    expect(refusals.map((entry) => entry.after)).toContainEqual(
      expect.objectContaining({ reason: 'callback_failed', providerError: null }),
    );
  });

  it('refuses the provider’s answer in a browser that did not start the sign-in (no state or PKCE cookie)', async () => {
    const first = await signInThroughProvider(a.org.id, 'hal@cascade.example', { otherBrowser: true });
    expect(first.location).toBe('/sign-in?error=Configuration&step=callback');
    expect(first.cookies.has('authjs.session-token')).toBe(false);
  });

  it('says what the provider refused, in the sign-in page’s words', async () => {
    idp.refuseNext('access_denied');
    const result = await signInThroughProvider(a.org.id, 'ida@cascade.example');
    expect(result.location).toMatch(/^\/sign-in\?error=\w+&provider_error=access_denied$/);
    expect((await refusalsIn(a.org.id)).map((entry) => entry.after)).toContainEqual(
      expect.objectContaining({
        providerError: 'access_denied',
        providerDescription: 'The person declined.',
      }),
    );
  });
});

describe('new people held for approval', () => {
  beforeAll(async () => {
    await configure(b.org.id, {
      allowedDomains: ['other.example'],
      newPeople: 'approve',
      defaultRole: 'viewer',
    });
  });

  it('holds a first-time person until an admin approves, then lets them in with the default role', async () => {
    const first = await signInThroughProvider(b.org.id, 'jo@other.example');
    expect(first.location).toBe('/sign-in?sso=pending');
    expect(first.cookies.has('authjs.session-token')).toBe(false);
    const [request] = await t.db.select().from(ssoRequests).where(eq(ssoRequests.orgId, b.org.id));
    expect(request).toMatchObject({ email: 'jo@other.example' });

    // An admin of another organization cannot answer it.
    signInAs(a.admin);
    expect(await approveSsoRequest(null, form({ requestId: request!.id }))).toMatchObject({ ok: false });
    signInAs(b.staff);
    expect(await approveSsoRequest(null, form({ requestId: request!.id }))).toMatchObject({ ok: false });

    signInAs(b.admin);
    expect(await approveSsoRequest(null, form({ requestId: request!.id }))).toMatchObject({ ok: true });
    const [user] = await t.db.select().from(users).where(eq(users.email, 'jo@other.example'));
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ orgId: b.org.id, role: 'viewer' });
    const approvals = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, b.org.id), eq(auditEntries.action, 'member.sso_approve')));
    expect(approvals).toHaveLength(1);

    const again = await signInThroughProvider(b.org.id, 'jo@other.example');
    expect(again.location).toBe('/choose?next=%2Fmap');
    expect(await sessionOf(again.cookies)).toMatchObject({ sub: user!.id, membershipId: membership!.id });
  });

  it('turns a request down, audited, and makes nobody', async () => {
    await signInThroughProvider(b.org.id, 'kit@other.example');
    const [request] = await t.db.select().from(ssoRequests).where(eq(ssoRequests.email, 'kit@other.example'));
    signInAs(b.admin);
    expect(await refuseSsoRequest(null, form({ requestId: request!.id }))).toMatchObject({ ok: true });
    expect(await t.db.select().from(ssoRequests).where(eq(ssoRequests.email, 'kit@other.example'))).toEqual(
      [],
    );
    expect(await t.db.select().from(users).where(eq(users.email, 'kit@other.example'))).toEqual([]);
  });
});

describe('password sign-in turned off', () => {
  it('refuses passwords for the organization’s members except the break-glass admin', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Password-free Library');
    const breakGlass = await createMember(t.db, org.org.id, { role: 'admin', email: 'glass@pwfree.example' });
    const staff = await createMember(t.db, org.org.id, { email: 'staff@pwfree.example' });
    await configure(org.org.id, {
      allowedDomains: ['pwfree.example'],
      passwordSignInOff: true,
      breakGlassMembershipId: breakGlass.membershipId,
    });
    const client = { sleep: async () => {}, client: '198.51.100.77' };
    expect(await checkCredentials(t.db, staff.email, staff.password, client)).toEqual({
      ok: false,
      reason: 'sso_only',
    });
    expect(await checkCredentials(t.db, org.admin.email, org.admin.password, client)).toEqual({
      ok: false,
      reason: 'sso_only',
    });
    expect(await checkCredentials(t.db, breakGlass.email, breakGlass.password, client)).toMatchObject({
      ok: true,
      membershipId: breakGlass.membershipId,
    });
    // A wrong password is still just wrong: turning passwords off tells a guesser nothing.
    expect(await checkCredentials(t.db, staff.email, 'not the password', client)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // The same person still signs in through the provider.
    const result = await signInThroughProvider(org.org.id, 'staff@pwfree.example');
    expect(await sessionOf(result.cookies)).toMatchObject({
      sub: staff.userId,
      membershipId: staff.membershipId,
    });

    // A person also in a system with passwords signs in there, and cannot switch into this one; a
    // session begun at this system's provider can.
    const [both] = await t.db
      .insert(memberships)
      .values({ orgId: b.org.id, userId: staff.userId, role: 'staff', createdAt: new Date(0) })
      .returning();
    const byPassword = await checkCredentials(t.db, staff.email, staff.password, client);
    expect(byPassword).toMatchObject({ ok: true, membershipId: both!.id });
    if (!byPassword.ok) throw new Error('unreachable');
    const caller = {
      userId: staff.userId,
      sessionId: byPassword.sessionId,
      membershipId: both!.id,
      orgId: b.org.id,
    };
    expect(await switchMembership(t.db, caller, staff.membershipId)).toEqual({
      ok: false,
      reason: 'sso_only',
    });
    const sso = await sessionOf((await signInThroughProvider(org.org.id, 'staff@pwfree.example')).cookies);
    const fromSso = {
      userId: staff.userId,
      sessionId: String(sso?.sessionId),
      membershipId: staff.membershipId,
    };
    expect(await switchMembership(t.db, { ...fromSso, orgId: org.org.id }, both!.id)).toMatchObject({
      ok: true,
    });
    expect(
      await switchMembership(
        t.db,
        { ...fromSso, membershipId: both!.id, orgId: b.org.id },
        staff.membershipId,
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('the settings', () => {
  const fields = {
    kind: 'oidc',
    issuer: '',
    clientId: 'client-from-the-form',
    clientSecret: 'a-very-secret-value-from-the-form',
    allowedDomains: 'Settings.example, @branch.settings.example',
    defaultRole: 'staff',
    newPeople: 'join',
    enabled: 'on',
  };

  it('saves the secret encrypted, never shows it again, never audits it', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Settings Library');
    signInAs(org.admin);
    expect(await saveSsoSettings(null, form({ ...fields, issuer: idp.issuer }))).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(ssoSettings).where(eq(ssoSettings.orgId, org.org.id));
    expect(row!.allowedDomains).toEqual(['settings.example', 'branch.settings.example']);
    expect(row!.clientSecretEncrypted).not.toContain('a-very-secret');
    expect(decryptSecret(org.org.id, row!.clientSecretEncrypted)).toBe(fields.clientSecret);
    // Copied into another organization's row, it does not decrypt.
    expect(decryptSecret(a.org.id, row!.clientSecretEncrypted)).toBeNull();
    const log = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.org.id));
    expect(JSON.stringify(log)).not.toContain('a-very-secret');
    expect(JSON.stringify(log)).not.toContain(row!.clientSecretEncrypted);
    const page = await loadSsoPage({ ...(await ctxOf(org.admin)) });
    expect(JSON.stringify(page)).not.toContain(row!.clientSecretEncrypted);
    expect(page.redirectUrl).toMatch(new RegExp(`/api/auth/callback/sso-${org.org.id}$`));

    // A blank secret keeps the saved one; another client id asks for it again.
    expect(
      await saveSsoSettings(null, form({ ...fields, issuer: idp.issuer, clientSecret: '' })),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await saveSsoSettings(
        null,
        form({ ...fields, issuer: idp.issuer, clientSecret: '', clientId: 'another' }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { clientSecret: [expect.stringContaining('again')] } });

    const test = await testSsoSettings(null, form({}));
    expect(test).toMatchObject({
      ok: true,
      data: {
        lines: [`Found the provider ${idp.issuer}.`, expect.any(String), expect.stringContaining('PKCE')],
      },
    });
  });

  it('keeps what was typed and says what is wrong beside the field', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Typo Library');
    signInAs(org.admin);
    const result = await saveSsoSettings(
      null,
      form({
        ...fields,
        kind: 'entra',
        tenant: 'contoso',
        allowedDomains: 'not a domain',
        passwordSignInOff: 'on',
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        tenant: [expect.stringContaining('tenant')],
        allowedDomains: [expect.stringContaining('not')],
        breakGlassMembershipId: [expect.any(String)],
      },
    });
    expect(await t.db.select().from(ssoSettings).where(eq(ssoSettings.orgId, org.org.id))).toEqual([]);
  });

  it('reports plainly when the issuer has no discovery document', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Wrong Issuer Library');
    signInAs(org.admin);
    await saveSsoSettings(null, form({ ...fields, issuer: `${idp.issuer}/nothing-here` }));
    expect(await testSsoSettings(null, form({}))).toMatchObject({
      ok: false,
      message: expect.stringContaining('has no discovery document'),
    });
  });

  it('keeps each organization’s settings to its own admins', async () => {
    signInAs(b.admin);
    const before = await t.db.select().from(ssoSettings).where(eq(ssoSettings.orgId, a.org.id));
    expect(await saveSsoSettings(null, form({ ...fields, issuer: idp.issuer }))).toMatchObject({ ok: true });
    expect(await t.db.select().from(ssoSettings).where(eq(ssoSettings.orgId, a.org.id))).toEqual(before);
    const page = await loadSsoPage(await ctxOf(b.admin));
    expect(page.settings?.clientId).toBe('client-from-the-form');
    expect(page.redirectUrl).not.toContain(a.org.id);
    signInAs(a.manager);
    expect(await saveSsoSettings(null, form({ ...fields, issuer: idp.issuer }))).toMatchObject({ ok: false });
    expect(await testSsoSettings(null, form({}))).toMatchObject({ ok: false });
    expect(await t.db.select().from(ssoSettings).where(eq(ssoSettings.orgId, a.org.id))).toEqual(before);
  });
});

describe('routing by email domain', () => {
  it('offers the provider whose domains take the email, and nothing for others', async () => {
    expect(await ssoOptionsForEmail('Someone@CASCADE.example')).toEqual([
      { orgId: a.org.id, label: 'Cascade Sound Library System' },
    ]);
    expect(await ssoOptionsForEmail('someone@nowhere.example')).toEqual([]);
    expect(await ssoOptionsForEmail('not an email')).toEqual([]);
  });
});

async function ctxOf(member: { userId: string; membershipId: string }) {
  const { getAuthContext } = await import('@/lib/auth/context');
  signInAs(member);
  const ctx = await getAuthContext();
  if (!ctx) throw new Error('no context');
  return ctx;
}
