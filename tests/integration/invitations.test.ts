import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ChoosePage from '@/app/(auth)/choose/page';
import { joinAsNewPersonAction, joinAsSignedInAction } from '@/app/(auth)/invite/[token]/actions';
import { auditEntries, hostAudit, invitations, memberships, userSessions, users } from '@/db/schema';
import { signIn } from '@/lib/auth';
import { checkCredentials } from '@/lib/auth/credentials';
import { createSystem } from '@/lib/host/actions';
import { addHostAdmin } from '@/lib/host/admins';
import { wrongAccountMessage } from '@/lib/invitations/accept';
import { renewInvitation, revokeInvitation } from '@/lib/invitations/actions';
import { closedMessages } from '@/lib/invitations/messages';
import { listPendingInvitations, readInvitationPage } from '@/lib/invitations/queries';
import { hashInvitationToken } from '@/lib/invitations/token';
import { addMember } from '@/lib/staff/actions';
import { createBranch, createMember, createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// Invitations (issue 19, decision 0024): a link that works once, until it expires or is revoked,
// for a person new to Partner Atlas or for an account that already exists elsewhere.

const t = useTestDatabase();
const noSleep = { sleep: async () => {} };
const newPassword = 'a long password of my own';

type Admin = Parameters<typeof signInAs>[0] & {};

async function invite(admin: Admin, values: Record<string, string>) {
  signInAs(admin);
  const result = await addMember(null, form({ role: 'staff', method: 'invitation', ...values }));
  if (!result.ok) throw new Error(result.message);
  if (result.data.kind !== 'invitation') throw new Error('expected an invitation');
  const token = result.data.link.split('/invite/')[1]!;
  return { ...result.data, token };
}

function joinAsNew(token: string, values: Record<string, string> = {}) {
  signInAs(null);
  return joinAsNewPersonAction(
    null,
    form({ token, name: 'Nia Okafor', newPassword, confirmPassword: newPassword, ...values }),
  );
}

/** Runs an action that ends in Next.js's redirect; answers where it went, or what it returned. */
async function redirected(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2] };
  }
}

async function auditOf(orgId: string, action: string) {
  return t.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, action)));
}

beforeEach(() => {
  vi.mocked(signIn).mockClear();
});

describe('inviting a person new to Partner Atlas', () => {
  it('makes a link of 32 random bytes, keeps only its hash, lists it, and audits it', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Riverside' });
    const invited = await invite(admin, {
      name: 'Nia Okafor',
      email: 'Nia@Example.org',
      role: 'manager',
      homeBranchId: branch.id,
    });
    expect(invited.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invited.mailed).toBe('none');
    const [row] = await t.db.select().from(invitations).where(eq(invitations.orgId, org.id));
    expect(row).toMatchObject({
      email: 'nia@example.org',
      role: 'manager',
      tokenHash: hashInvitationToken(invited.token),
    });
    expect(JSON.stringify(row)).not.toContain(invited.token);
    // A week from now.
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(await listPendingInvitations(t.db, admin)).toMatchObject([
      { email: 'nia@example.org', role: 'manager', homeBranchName: 'Riverside' },
    ]);
    const [entry] = await auditOf(org.id, 'member.invite');
    expect(entry?.after).toMatchObject({ email: 'nia@example.org', role: 'manager' });
    expect(JSON.stringify(entry)).not.toContain(invited.token);
    // Nobody is a member yet.
    const [account] = await t.db.select().from(users).where(eq(users.email, 'nia@example.org'));
    expect(account).toBeUndefined();
  });

  it('lets the person set their name and password once, joining with the invited role, signed in', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id);
    const { token } = await invite(admin, {
      name: 'Suggested',
      email: 'ola@example.org',
      role: 'viewer',
      homeBranchId: branch.id,
    });
    expect(await readInvitationPage(t.db, token)).toMatchObject({
      status: 'open',
      orgName: org.name,
      email: 'ola@example.org',
      name: 'Suggested',
      role: 'viewer',
      hasAccount: false,
    });

    // The same password rules as everywhere; nothing is written for a refusal.
    const short = await joinAsNew(token, { newPassword: 'short', confirmPassword: 'short' });
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: ['Use at least 12 characters.'] } });
    const mismatch = await joinAsNew(token, { confirmPassword: 'something else entirely' });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: [expect.any(String)] } });
    expect(await t.db.select().from(users).where(eq(users.email, 'ola@example.org'))).toEqual([]);

    expect(await joinAsNew(token, { name: ' Ola Nordmann ' })).toEqual({ ok: true, data: null });
    expect(signIn).toHaveBeenCalledWith(
      'credentials',
      expect.objectContaining({ email: 'ola@example.org', password: newPassword }),
    );
    const signedIn = await checkCredentials(t.db, 'ola@example.org', newPassword, noSleep);
    expect(signedIn).toMatchObject({ ok: true, orgId: org.id });
    const [account] = await t.db.select().from(users).where(eq(users.email, 'ola@example.org'));
    expect(account).toMatchObject({ name: 'Ola Nordmann', mustChangePassword: false });
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, account!.id));
    expect(membership).toMatchObject({
      orgId: org.id,
      role: 'viewer',
      homeBranchId: branch.id,
      active: true,
    });
    const [joined] = await auditOf(org.id, 'member.join');
    expect(joined).toMatchObject({ actorUserId: account!.id, entityId: membership!.id });
    expect(await listPendingInvitations(t.db, admin)).toEqual([]);

    // Used once: a second use says so, and changes nothing.
    expect(
      await joinAsNew(token, {
        newPassword: 'another long password',
        confirmPassword: 'another long password',
      }),
    ).toEqual({
      ok: false,
      message: closedMessages.used,
    });
    expect(await readInvitationPage(t.db, token)).toEqual({ status: 'used', orgName: org.name });
    expect(await checkCredentials(t.db, 'ola@example.org', newPassword, noSleep)).toMatchObject({ ok: true });
  });

  it('says plainly when a link has expired, and when it never was one', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const { token, invitationId } = await invite(admin, { name: 'Late', email: 'late@example.org' });
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitationId));
    expect(await readInvitationPage(t.db, token)).toEqual({ status: 'expired', orgName: org.name });
    expect(await joinAsNew(token)).toEqual({ ok: false, message: closedMessages.expired });
    expect(await t.db.select().from(users).where(eq(users.email, 'late@example.org'))).toEqual([]);
    expect(await listPendingInvitations(t.db, admin)).toEqual([]);

    const guessed = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await readInvitationPage(t.db, guessed)).toEqual({ status: 'invalid' });
    expect(await readInvitationPage(t.db, 'not-a-token')).toEqual({ status: 'invalid' });
    expect(await joinAsNew(guessed)).toEqual({ ok: false, message: closedMessages.invalid });
  });

  it('refuses a second invitation to the same address while one is waiting', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    await invite(admin, { name: 'Once', email: 'once@example.org' });
    const again = await addMember(
      null,
      form({ name: 'Once', email: 'once@example.org', role: 'staff', method: 'invitation' }),
    );
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already has an invitation/)] },
    });
  });
});

describe('revoking and renewing', () => {
  it('a revoked link opens nothing, and the revoke is audited', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const { token, invitationId } = await invite(admin, { name: 'Gone', email: 'gone@example.org' });
    signInAs(admin);
    expect(await revokeInvitation(null, form({ invitationId }))).toMatchObject({ ok: true });
    const [entry] = await auditOf(org.id, 'invitation.revoke');
    expect(entry).toMatchObject({ actorUserId: admin.userId, entityId: invitationId });
    expect(await readInvitationPage(t.db, token)).toEqual({ status: 'revoked', orgName: org.name });
    expect(await joinAsNew(token)).toEqual({ ok: false, message: closedMessages.revoked });
    signInAs(admin);
    expect(await revokeInvitation(null, form({ invitationId }))).toMatchObject({ ok: false });
    expect(await listPendingInvitations(t.db, admin)).toEqual([]);
  });

  it('a new link replaces the old one, which stops working', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    const { token: first, invitationId } = await invite(admin, { name: 'Lost', email: 'lost@example.org' });
    signInAs(admin);
    const renewed = await renewInvitation(null, form({ invitationId }));
    if (!renewed.ok) throw new Error(renewed.message);
    const second = renewed.data.link.split('/invite/')[1]!;
    expect(second).not.toBe(first);
    expect(await readInvitationPage(t.db, first)).toEqual({ status: 'invalid' });
    expect(await joinAsNew(second)).toEqual({ ok: true, data: null });
  });

  it('an admin of another library can neither see, revoke nor renew them; a non-admin cannot either', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Alder Library');
    const b = await createOrganizationWithMembers(t.db, 'Birch Library');
    const { token, invitationId } = await invite(a.admin, { name: 'Walled', email: 'walled@example.org' });
    expect(await listPendingInvitations(t.db, b.admin)).toEqual([]);
    signInAs(b.admin);
    expect(await revokeInvitation(null, form({ invitationId }))).toMatchObject({ ok: false });
    expect(await renewInvitation(null, form({ invitationId }))).toMatchObject({ ok: false });
    signInAs(a.manager);
    expect(await revokeInvitation(null, form({ invitationId }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only admins/),
    });
    expect(await readInvitationPage(t.db, token)).toMatchObject({ status: 'open' });
    expect(await auditOf(b.org.id, 'invitation.revoke')).toEqual([]);
    expect(await auditOf(a.org.id, 'invitation.revoke')).toEqual([]);
  });
});

describe('inviting an address that already has an account', () => {
  it('gives the admin the same answer as for a new address, naming nothing of the other library', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Alder Library');
    const b = await createOrganizationWithMembers(t.db, 'Birch Library');
    const consultant = await createMember(t.db, b.org.id, {
      email: 'cons@example.org',
      name: 'Cy Consultant',
    });
    const existing = await invite(a.admin, {
      name: 'Typed Name',
      email: 'cons@example.org',
      role: 'manager',
    });
    const fresh = await invite(a.admin, { name: 'Typed Name', email: 'fresh@example.org', role: 'manager' });
    const shape = (value: Record<string, unknown>) => Object.keys(value).sort();
    expect(shape(existing)).toEqual(shape(fresh));
    expect(existing).toMatchObject({ kind: 'invitation', insteadOfPassword: false, mailed: 'none' });
    for (const leak of ['Birch', b.org.id, 'Cy Consultant', consultant.userId]) {
      expect(JSON.stringify(existing)).not.toContain(leak);
      expect(JSON.stringify(await listPendingInvitations(t.db, a.admin))).not.toContain(leak);
      expect(
        JSON.stringify(await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, a.org.id))),
      ).not.toContain(leak);
    }
    // Asked for a one-time password, an existing account still gets a link, never a password.
    const asked = await addMember(
      null,
      form({ name: 'X', email: a.staff.email.replace('@', '+x@'), role: 'staff' }),
    );
    expect(asked).toMatchObject({ ok: true, data: { kind: 'password' } });
    const otp = await addMember(
      null,
      form({
        name: 'X',
        email: (await createMember(t.db, b.org.id)).email,
        role: 'staff',
        method: 'password',
      }),
    );
    expect(otp).toMatchObject({ ok: true, data: { kind: 'invitation', insteadOfPassword: true } });
  });

  it('the owner signs in and accepts: they join, keep their password, and this session moves in', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Alder Library');
    const b = await createOrganizationWithMembers(t.db, 'Birch Library');
    const consultant = await createMember(t.db, b.org.id, { email: 'cons2@example.org', name: 'Cy' });
    const { token } = await invite(a.admin, { name: 'Typed', email: 'cons2@example.org', role: 'manager' });
    expect(await readInvitationPage(t.db, token)).toMatchObject({ status: 'open', hasAccount: true });
    // Choosing a password is not the way in for an account that exists.
    expect(await joinAsNew(token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already has a Partner Atlas account/),
    });

    // Someone else signed in is refused clearly, and nothing changes.
    signInAs(b.staff);
    expect(await joinAsSignedInAction(null, form({ token }))).toEqual({
      ok: false,
      message: wrongAccountMessage(b.staff.email),
    });

    signInAs(consultant);
    expect(await redirected(() => joinAsSignedInAction(null, form({ token })))).toEqual({
      redirectedTo: '/map',
    });
    const [joined] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, a.org.id), eq(memberships.userId, consultant.userId)));
    expect(joined).toMatchObject({ role: 'manager', active: true });
    const [account] = await t.db.select().from(users).where(eq(users.id, consultant.userId));
    expect(account?.name).toBe('Cy');
    const sessions = await t.db.select().from(userSessions).where(eq(userSessions.userId, consultant.userId));
    expect(sessions.map((s) => s.membershipId)).toEqual([joined!.id]);
    expect(await checkCredentials(t.db, 'cons2@example.org', consultant.password, noSleep)).toMatchObject({
      ok: true,
    });
    expect(await auditOf(a.org.id, 'member.join')).toMatchObject([
      { entityId: joined!.id, actorUserId: consultant.userId },
    ]);
    // The library left learns only that the session left, never where it went.
    const [out] = await auditOf(b.org.id, 'member.switch_out');
    expect(JSON.stringify(out)).not.toContain(a.org.id);
    expect(JSON.stringify(out)).not.toContain('Alder');
    // Still in Birch too.
    const birch = await t.db.select().from(memberships).where(eq(memberships.userId, consultant.userId));
    expect(birch).toHaveLength(2);

    signInAs(consultant);
    expect(await joinAsSignedInAction(null, form({ token }))).toEqual({
      ok: false,
      message: closedMessages.used,
    });
  });
});

describe('the host names a new system’s first admin by invitation', () => {
  it('shows the link once; the system has no member until it is used, then its admin is in', async () => {
    const added = await addHostAdmin(t.db, { email: 'host@state.example', name: 'Hana Host' });
    if (added.status !== 'created') throw new Error('expected a new host admin');
    const hostSession = await checkCredentials(t.db, 'host@state.example', added.oneTimePassword, noSleep);
    if (!hostSession.ok) throw new Error('host sign-in refused');
    await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, added.userId));
    signInAs(hostSession);
    const result = await createSystem(
      null,
      form({
        name: 'Skagit Valley Libraries',
        timeZone: 'America/Los_Angeles',
        mapCenterLat: '48.42',
        mapCenterLng: '-122.33',
        adminName: 'Sam Admin',
        adminEmail: 'sam@skagit.example',
        adminMethod: 'invitation',
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ oneTimePassword: null, invitationLink: { mailed: 'none' } });
    const { orgId } = result.data;
    expect(await t.db.select().from(memberships).where(eq(memberships.orgId, orgId))).toEqual([]);
    expect(await auditOf(orgId, 'member.invite')).toMatchObject([{ actorUserId: added.userId }]);
    const [hostEntry] = await t.db.select().from(hostAudit).where(eq(hostAudit.orgId, orgId));
    expect(hostEntry?.details).toMatchObject({ adminEmail: 'sam@skagit.example', adminInvited: true });

    const token = result.data.invitationLink!.link.split('/invite/')[1]!;
    // Signing in on the way to an invitation passes the chooser straight back to it, a host admin too.
    expect(
      await expectRedirect(() => ChoosePage({ searchParams: Promise.resolve({ next: `/invite/${token}` }) })),
    ).toBe(`/invite/${token}`);
    expect(await joinAsNew(token, { name: 'Sam Admin' })).toEqual({ ok: true, data: null });
    expect(await checkCredentials(t.db, 'sam@skagit.example', newPassword, noSleep)).toMatchObject({
      ok: true,
      orgId,
    });
    expect(await t.db.select().from(memberships).where(eq(memberships.orgId, orgId))).toMatchObject([
      { role: 'admin', active: true },
    ]);
  });
});
