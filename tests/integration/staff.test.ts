import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, memberships, users } from '@/db/schema';
import { staleMessage } from '@/lib/auth/action';
import { checkCredentials } from '@/lib/auth/credentials';
import {
  addMember,
  deactivateMember,
  reactivateMember,
  resetMemberPassword,
  updateMember,
} from '@/lib/staff/actions';
import { getMember, getMemberOrThrow, listMembers } from '@/lib/staff/queries';
import {
  createBranch,
  createMember,
  createOrganization,
  createOrganizationWithMembers,
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

describe('adding a member', () => {
  it('creates the account with a one-time password that signs in once and must then be changed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Riverside' });
    signInAs(admin);

    const result = await addMember(
      null,
      form({ name: '  Rosa Díaz ', email: 'Rosa.Diaz@Example.org', role: 'staff', homeBranchId: branch.id }),
    );
    if (!result.ok) throw new Error(result.message);
    if (result.data.kind !== 'password') throw new Error('expected a one-time password');
    const { oneTimePassword, membershipId } = result.data;
    expect(oneTimePassword).toMatch(oneTimePasswordShape);

    const listed = (await listMembers(t.db, admin)).find((m) => m.membershipId === membershipId);
    expect(listed).toMatchObject({
      name: 'Rosa Díaz',
      email: 'rosa.diaz@example.org',
      role: 'staff',
      homeBranchName: 'Riverside',
      active: true,
      mustChangePassword: true,
      lastSignInAt: null,
    });

    const signIn = await checkCredentials(t.db, 'rosa.diaz@example.org', oneTimePassword, noSleep);
    expect(signIn).toMatchObject({ ok: true, orgId: org.id, membershipId });
    const user = await userRow(listed!.userId);
    expect(user?.mustChangePassword).toBe(true);
    expect(user?.passwordHash).not.toContain(oneTimePassword);
    const relisted = (await listMembers(t.db, admin)).find((m) => m.membershipId === membershipId);
    expect(relisted?.lastSignInAt).toBeInstanceOf(Date);

    // Shown once: nothing the app reads back afterwards holds the password.
    expect(JSON.stringify(await listMembers(t.db, admin))).not.toContain(oneTimePassword);
    expect(JSON.stringify(await auditFor(membershipId))).not.toContain(oneTimePassword);
  });

  it('invites an address another library’s account uses, without naming that library or the person', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Library A');
    const b = await createOrganizationWithMembers(t.db, 'Library B');
    await createMember(t.db, b.org.id, { email: 'taken@example.org', name: 'Someone At B' });
    const before = await orgSnapshot(a.org.id);
    signInAs(a.admin);

    const result = await addMember(
      null,
      form({ name: 'New Person', email: ' TAKEN@example.org', role: 'viewer', method: 'invitation' }),
    );
    expect(result).toMatchObject({ ok: true, data: { kind: 'invitation', email: 'taken@example.org' } });
    expect(JSON.stringify(result)).not.toContain('Someone At B');
    expect(JSON.stringify(result)).not.toContain('Library B');
    // No membership yet: only an invitation and its audit entry.
    const after = await orgSnapshot(a.org.id);
    expect(after.rows).toEqual(before.rows);
    expect(after.auditCount).toBe(before.auditCount + 1);

    const own = await addMember(null, form({ name: 'Again', email: a.staff.email, role: 'staff' }));
    expect(own).toMatchObject({
      ok: false,
      message: `${a.staff.name} is already on your staff list.`,
      fieldErrors: { email: ['Someone on your staff list already uses this email.'] },
    });
  });

  it('answers each wrong field beside it and writes nothing', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const otherBranch = await createBranch(t.db, b.org.id);
    const usersBefore = (await t.db.select({ id: users.id }).from(users)).length;
    const before = await orgSnapshot(a.org.id);
    signInAs(a.admin);

    const invalid = await addMember(null, form({ name: '  ', email: 'not an email', role: 'chief' }));
    expect(invalid.ok).toBe(false);
    if (invalid.ok) return;
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'role']);

    const wrongBranch = await addMember(
      null,
      form({ name: 'Pat', email: 'pat@example.org', role: 'staff', homeBranchId: otherBranch.id }),
    );
    expect(wrongBranch).toMatchObject({ ok: false, fieldErrors: { homeBranchId: [expect.any(String)] } });

    expect((await t.db.select({ id: users.id }).from(users)).length).toBe(usersBefore);
    expect(await t.db.select().from(users).where(eq(users.email, 'pat@example.org'))).toHaveLength(0);
    expect(await orgSnapshot(a.org.id)).toEqual(before);
  });
});

describe('editing a member', () => {
  it('changes role and home branch, and refuses a stale edit without applying it', async () => {
    const { org, admin, staff } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Northgate' });
    signInAs(admin);

    const first = await updateMember(
      null,
      form({ memberId: staff.membershipId, version: 1, role: 'manager', homeBranchId: branch.id }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2, changed: true } });
    expect(await getMember(t.db, admin, staff.membershipId)).toMatchObject({
      role: 'manager',
      homeBranchName: 'Northgate',
      version: 2,
    });

    // A second admin's form, opened before the first save, still says version 1.
    const stale = await updateMember(
      null,
      form({ memberId: staff.membershipId, version: 1, role: 'viewer' }),
    );
    expect(stale).toEqual({ ok: false, message: staleMessage, fieldErrors: undefined });
    expect(await membershipRow(staff.membershipId)).toMatchObject({
      role: 'manager',
      homeBranchId: branch.id,
      version: 2,
    });
    expect(await auditFor(staff.membershipId)).toHaveLength(1);
  });

  it('writes the audit entry with before and after values', async () => {
    const { org, admin, viewer } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Eastside' });
    signInAs(admin);
    await updateMember(
      null,
      form({ memberId: viewer.membershipId, version: 1, role: 'staff', homeBranchId: branch.id }),
    );

    const [entry] = await auditFor(viewer.membershipId);
    expect(entry).toMatchObject({
      orgId: org.id,
      actorUserId: admin.userId,
      action: 'member.update',
      entityType: 'member',
      before: { name: viewer.name, role: 'viewer', homeBranchName: null },
      after: { name: viewer.name, role: 'staff', homeBranchName: 'Eastside' },
    });
  });
});

describe('keeping an admin', () => {
  async function soleAdminOrg() {
    const org = await createOrganization(t.db);
    const admin = await createMember(t.db, org.id, { role: 'admin', name: 'Only Admin' });
    // A deactivated admin cannot sign in, so does not count.
    await createMember(t.db, org.id, { role: 'admin', active: false });
    return { org, admin };
  }

  it('refuses the last active admin demoting or deactivating themselves', async () => {
    const { admin } = await soleAdminOrg();
    signInAs(admin);

    const demote = await updateMember(
      null,
      form({ memberId: admin.membershipId, version: 1, role: 'manager' }),
    );
    expect(demote).toMatchObject({ ok: false, message: expect.stringContaining('only active admin') });
    const deactivate = await deactivateMember(null, form({ memberId: admin.membershipId, version: 1 }));
    expect(deactivate).toMatchObject({ ok: false, message: expect.stringContaining('only active admin') });

    expect(await membershipRow(admin.membershipId)).toMatchObject({
      role: 'admin',
      active: true,
      version: 1,
    });
    expect(await auditFor(admin.membershipId)).toHaveLength(0);
  });

  it('lets an admin step down once another admin is active', async () => {
    const { org, admin } = await soleAdminOrg();
    const second = await createMember(t.db, org.id, { role: 'admin' });
    signInAs(admin);
    const demote = await updateMember(
      null,
      form({ memberId: admin.membershipId, version: 1, role: 'staff' }),
    );
    expect(demote.ok).toBe(true);
    expect((await membershipRow(admin.membershipId))?.role).toBe('staff');

    // Now the other admin is the last one, and stays one.
    signInAs(second);
    const demoteLast = await updateMember(
      null,
      form({ memberId: second.membershipId, version: 1, role: 'viewer' }),
    );
    expect(demoteLast.ok).toBe(false);
    expect((await membershipRow(second.membershipId))?.role).toBe('admin');
  });

  it('leaves one admin when two demote each other at the same moment', async () => {
    const org = await createOrganization(t.db);
    const first = await createMember(t.db, org.id, { role: 'admin' });
    const second = await createMember(t.db, org.id, { role: 'admin' });
    signInAs(first);
    const one = updateMember(null, form({ memberId: second.membershipId, version: 1, role: 'staff' }));
    signInAs(second);
    const two = updateMember(null, form({ memberId: first.membershipId, version: 1, role: 'staff' }));
    const results = await Promise.all([one, two]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const admins = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.role, 'admin'), eq(memberships.active, true)));
    expect(admins).toHaveLength(1);
  });
});

describe('who may manage staff', () => {
  it('refuses managers, staff, viewers and the signed-out, changing nothing', async () => {
    const { org, manager, staff, viewer, admin } = await createOrganizationWithMembers(t.db);
    const before = await orgSnapshot(org.id);
    const calls = [
      () => addMember(null, form({ name: 'Sneaky', email: 'sneaky@example.org', role: 'admin' })),
      () => updateMember(null, form({ memberId: admin.membershipId, version: 1, role: 'viewer' })),
      () => deactivateMember(null, form({ memberId: admin.membershipId, version: 1 })),
      () => reactivateMember(null, form({ memberId: admin.membershipId, version: 1 })),
      () => resetMemberPassword(null, form({ memberId: admin.membershipId })),
    ];
    for (const who of [manager, staff, viewer]) {
      signInAs(who);
      for (const call of calls) {
        expect(await call()).toEqual({
          ok: false,
          message: expect.stringMatching(/^Only admins can do this/),
        });
      }
    }
    signInAs(null);
    for (const call of calls) {
      expect(await call()).toEqual({
        ok: false,
        message: 'Your session has ended. Sign in again to continue.',
      });
    }
    expect(await orgSnapshot(org.id)).toEqual(before);
    expect(await t.db.select().from(users).where(eq(users.email, 'sneaky@example.org'))).toHaveLength(0);
  });
});

describe('organization walls', () => {
  it('an admin of one library cannot see or change another library’s members', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const deactivatedAtB = await createMember(t.db, b.org.id, { active: false });
    const bIds = [b.admin, b.staff, deactivatedAtB].map((m) => m.membershipId);
    const before = await orgSnapshot(b.org.id);
    signInAs(a.admin);

    const listed = await listMembers(t.db, a.admin);
    expect(listed.map((m) => m.membershipId).sort()).toEqual(
      [a.admin, a.manager, a.staff, a.viewer].map((m) => m.membershipId).sort(),
    );
    for (const id of bIds) {
      expect(await getMember(t.db, a.admin, id)).toBeNull();
      await expect(getMemberOrThrow(t.db, a.admin, id)).rejects.toMatchObject({
        digest: expect.stringContaining('404'),
      });
    }
    expect(await getMember(t.db, a.admin, 'not-a-uuid')).toBeNull();

    const notFound = { ok: false, message: 'That member was not found.' };
    const refusals = [
      await updateMember(null, form({ memberId: b.staff.membershipId, version: 1, role: 'admin' })),
      await updateMember(null, form({ memberId: b.admin.membershipId, version: 1, role: 'viewer' })),
      await deactivateMember(null, form({ memberId: b.admin.membershipId, version: 1 })),
      await reactivateMember(null, form({ memberId: deactivatedAtB.membershipId, version: 1 })),
      await resetMemberPassword(null, form({ memberId: b.staff.membershipId })),
      await resetMemberPassword(null, form({ memberId: "'; drop table users; --" })),
    ];
    for (const result of refusals) expect(result).toMatchObject(notFound);

    expect(await orgSnapshot(b.org.id)).toEqual(before);
    const bRows = await t.db.select().from(memberships).where(inArray(memberships.id, bIds));
    expect(bRows.every((row) => row.orgId === b.org.id)).toBe(true);
    expect(await checkCredentials(t.db, b.staff.email, b.staff.password, noSleep)).toMatchObject({
      ok: true,
    });
  });
});
