import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, memberships, signInAttempts, users } from '@/db/schema';
import { staleMessage } from '@/lib/auth/action';
import { getAuthContext } from '@/lib/auth/context';
import { checkCredentials } from '@/lib/auth/credentials';
import { signInPolicy } from '@/lib/auth/throttle';
import {
  addMember,
  deactivateMember,
  reactivateMember,
  resetMemberPassword,
  updateMember,
} from '@/lib/staff/actions';
import { listMembers } from '@/lib/staff/queries';
import {
  createOrganization,
  createOrganizationWithMembers,
  defaultTestPassword,
  form,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const noSleep = { sleep: async () => {} };
const oneTimePasswordShape = /^[A-Za-z2-9]{6}-[A-Za-z2-9]{6}-[A-Za-z2-9]{6}$/;

async function membershipRow(id: string) {
  const [row] = await t.db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

async function userRow(id: string) {
  const [row] = await t.db.select().from(users).where(eq(users.id, id));
  return row;
}

async function auditFor(entityId: string) {
  return t.db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId));
}

/** Everything about an organization's members that an action could change. */
async function orgSnapshot(orgId: string) {
  const rows = await t.db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(memberships.id);
  const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId));
  return { rows, auditCount: audit.length };
}

describe('deactivating and reactivating', () => {
  it('stops sign-in and the open session, keeps the rows, and lets them back in when reactivated', async () => {
    const { org, admin, staff } = await createOrganizationWithMembers(t.db);
    signInAs(admin);

    const off = await deactivateMember(null, form({ memberId: staff.membershipId, version: 1 }));
    expect(off).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await checkCredentials(t.db, staff.email, staff.password, noSleep)).toEqual({
      ok: false,
      reason: 'deactivated',
    });
    const row = await membershipRow(staff.membershipId);
    expect(row).toMatchObject({ orgId: org.id, role: 'staff', active: false, version: 2 });
    expect(row?.deactivatedAt).toBeInstanceOf(Date);
    expect(await userRow(staff.userId)).toBeDefined();
    expect((await listMembers(t.db, admin)).find((m) => m.membershipId === staff.membershipId)?.active).toBe(
      false,
    );

    // Their session cookie is still around, but it no longer opens anything.
    signInAs(staff);
    const meanwhile = await addMember(null, form({ name: 'X', email: 'x@example.org', role: 'viewer' }));
    expect(meanwhile).toMatchObject({ ok: false, message: expect.stringContaining('session has ended') });

    signInAs(admin);
    const on = await reactivateMember(null, form({ memberId: staff.membershipId, version: 2 }));
    expect(on).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await checkCredentials(t.db, staff.email, staff.password, noSleep)).toMatchObject({
      ok: true,
      membershipId: staff.membershipId,
    });
    expect(await membershipRow(staff.membershipId)).toMatchObject({ active: true, deactivatedAt: null });

    const entries = await auditFor(staff.membershipId);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'member.deactivate',
      'member.reactivate',
      'member.sign_in',
    ]);
    const deactivation = entries.find((e) => e.action === 'member.deactivate');
    expect(deactivation).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('refuses a deactivation from a stale page', async () => {
    const { admin, staff } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    await updateMember(null, form({ memberId: staff.membershipId, version: 1, role: 'viewer' }));
    const stale = await deactivateMember(null, form({ memberId: staff.membershipId, version: 1 }));
    expect(stale).toMatchObject({ ok: false, message: staleMessage });
    expect((await membershipRow(staff.membershipId))?.active).toBe(true);
  });
});

describe('resetting a password', () => {
  it('replaces the password with a one-time one and lifts a lock-out', async () => {
    const { admin, staff } = await createOrganizationWithMembers(t.db);
    for (let i = 0; i < signInPolicy.maxFailures; i++)
      await checkCredentials(t.db, staff.email, 'wrong', noSleep);
    expect(await checkCredentials(t.db, staff.email, staff.password, noSleep)).toMatchObject({
      reason: 'locked',
    });
    const hashBefore = (await userRow(staff.userId))?.passwordHash;
    signInAs(admin);

    const result = await resetMemberPassword(null, form({ memberId: staff.membershipId }));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.oneTimePassword).toMatch(oneTimePasswordShape);
    expect(
      await t.db.select().from(signInAttempts).where(eq(signInAttempts.email, staff.email)),
    ).toHaveLength(0);

    expect(await checkCredentials(t.db, staff.email, defaultTestPassword, noSleep)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await checkCredentials(t.db, staff.email, result.data.oneTimePassword, noSleep)).toMatchObject({
      ok: true,
    });
    const user = await userRow(staff.userId);
    expect(user?.mustChangePassword).toBe(true);
    // Whoever was signed in with the old password is signed out.
    signInAs(staff);
    expect(await getAuthContext()).toBeNull();
    signInAs({ ...staff, sessionVersion: user!.sessionVersion });
    expect(await getAuthContext()).toMatchObject({ userId: staff.userId, mustChangePassword: true });
    signInAs(admin);

    const [entry] = await auditFor(staff.membershipId);
    expect(entry).toMatchObject({
      action: 'member.password_reset',
      actorUserId: admin.userId,
      before: { mustChangePassword: false },
      after: { mustChangePassword: true },
    });
    const written = JSON.stringify(entry);
    for (const secret of [hashBefore!, user!.passwordHash, result.data.oneTimePassword, '$argon2']) {
      expect(written).not.toContain(secret);
    }
  });

  it('refuses an admin resetting their own, and an account another library also uses', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganization(t.db);
    await t.db.insert(memberships).values({ orgId: b.id, userId: a.staff.userId, role: 'admin' });
    const before = await orgSnapshot(a.org.id);
    signInAs(a.admin);

    const self = await resetMemberPassword(null, form({ memberId: a.admin.membershipId }));
    expect(self).toMatchObject({ ok: false, message: expect.stringContaining('your own password') });
    const shared = await resetMemberPassword(null, form({ memberId: a.staff.membershipId }));
    expect(shared).toMatchObject({ ok: false, message: expect.stringContaining('another library system') });
    expect(await orgSnapshot(a.org.id)).toEqual(before);
  });
});
