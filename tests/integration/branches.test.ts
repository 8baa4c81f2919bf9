import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditEntries, branches, memberships } from '@/db/schema';
import { staleMessage } from '@/lib/auth/action';
import { createBranch, deleteBranch, updateBranch } from '@/lib/branches/actions';
import { getBranch, listBranchesWithMemberCounts } from '@/lib/branches/queries';
import {
  createMember,
  createOrganizationWithMembers,
  form,
  createBranch as makeBranch,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function branchRows(orgId: string) {
  return t.db.select().from(branches).where(eq(branches.orgId, orgId));
}

async function auditFor(entityId: string) {
  return t.db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId));
}

async function auditCount(orgId: string) {
  const rows = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId));
  return rows.length;
}

const central = {
  name: 'Central Library',
  address: '1000 Fourth Ave, Seattle, WA 98104',
  latitude: '47.6067',
  longitude: '-122.3325',
};

describe('adding a branch', () => {
  it('saves the branch and its audit entry, then goes back to the list', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(await expectRedirect(() => createBranch(null, form(central)))).toBe('/settings/branches?saved=1');

    const [branch] = await branchRows(org.id);
    expect(branch).toMatchObject({
      name: 'Central Library',
      address: '1000 Fourth Ave, Seattle, WA 98104',
      latitude: 47.6067,
      longitude: -122.3325,
      version: 1,
    });
    const entries = await auditFor(branch!.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      orgId: org.id,
      actorUserId: admin.userId,
      action: 'branch.create',
      entityType: 'branch',
      before: null,
      after: { name: 'Central Library', latitude: 47.6067, longitude: -122.3325 },
    });
  });

  it('accepts a branch with no point yet and trims what was typed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        createBranch(null, form({ name: '  Bookmobile  ', address: '', latitude: '', longitude: ' ' })),
      ),
    ).toBe('/settings/branches?saved=1');
    const [branch] = await branchRows(org.id);
    expect(branch).toMatchObject({ name: 'Bookmobile', address: '', latitude: null, longitude: null });
  });

  it('splits a "latitude, longitude" pair pasted from an online map', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        createBranch(null, form({ name: 'Ballard', latitude: '47.66982, −122.38434', longitude: '' })),
      ),
    ).toBe('/settings/branches?saved=1');
    const [branch] = await branchRows(org.id);
    expect(branch).toMatchObject({ latitude: 47.66982, longitude: -122.38434 });
  });

  it('refuses a name another branch of the organization already has, beside the name field', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    await makeBranch(t.db, org.id, { name: 'Central Library' });
    const auditBefore = await auditCount(org.id);
    signInAs(admin);
    const result = await createBranch(null, form(central));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name?.[0]).toMatch(/already a branch called “Central Library”/);
    expect(await branchRows(org.id)).toHaveLength(1);
    expect(await auditCount(org.id)).toBe(auditBefore);
  });

  it('allows the same name in another organization', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    await makeBranch(t.db, b.org.id, { name: 'Central Library' });
    signInAs(a.admin);
    expect(await expectRedirect(() => createBranch(null, form(central)))).toBe('/settings/branches?saved=1');
    expect(await branchRows(a.org.id)).toHaveLength(1);
  });

  it.each([
    [{ latitude: '47.6', longitude: '' }, 'longitude', /Enter the longitude too/],
    [{ latitude: '', longitude: '-122.3' }, 'latitude', /Enter the latitude too/],
    [{ latitude: '91', longitude: '-122.3' }, 'latitude', /between -90 and 90/],
    [{ latitude: '-90.5', longitude: '-122.3' }, 'latitude', /between -90 and 90/],
    [{ latitude: '47.6', longitude: '180.01' }, 'longitude', /between -180 and 180/],
    [{ latitude: 'north', longitude: '-122.3' }, 'latitude', /as a number/],
    [{ latitude: '0x10', longitude: '-122.3' }, 'latitude', /as a number/],
  ])('refuses coordinates %o and writes nothing', async (point, field, message) => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const result = await createBranch(null, form({ name: 'Northgate', ...point }));
    expect(result).toMatchObject({ ok: false, message: 'Some fields need attention.' });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await branchRows(org.id)).toHaveLength(0);
    expect(await auditCount(org.id)).toBe(0);
  });

  it('refuses a branch without a name', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const result = await createBranch(null, form({ name: '   ' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name?.[0]).toBe('Enter the branch’s name.');
    expect(await branchRows(org.id)).toHaveLength(0);
  });

  it('writes the branch and its audit entry together or not at all', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    // Make the audit insert fail for this one branch name: the branch must not be saved without it.
    await t.db.execute(sql`
      create function refuse_test_audit() returns trigger language plpgsql as $$
      begin
        if new.after->>'name' = 'Audit Fails Here' then raise exception 'audit refused for the test'; end if;
        return new;
      end $$`);
    await t.db.execute(sql`
      create trigger refuse_test_audit before insert on audit_entries
      for each row execute function refuse_test_audit()`);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      signInAs(admin);
      const result = await createBranch(null, form({ name: 'Audit Fails Here' }));
      expect(result).toEqual({
        ok: false,
        message: 'Something went wrong and nothing was saved. Please try again.',
      });
      expect(await branchRows(org.id)).toHaveLength(0);
    } finally {
      quiet.mockRestore();
      await t.db.execute(sql`drop trigger refuse_test_audit on audit_entries`);
      await t.db.execute(sql`drop function refuse_test_audit()`);
    }
  });
});

describe('editing a branch', () => {
  it('saves the change, moves the version on, and records before and after', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Northgate', address: 'Old address' });
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateBranch(
          null,
          form({
            id: branch.id,
            version: 1,
            name: 'Northgate Branch',
            address: '10548 5th Ave NE',
            latitude: '',
            longitude: '',
          }),
        ),
      ),
    ).toBe('/settings/branches?saved=1');
    const saved = await getBranch(t.db, { orgId: org.id }, branch.id);
    expect(saved).toMatchObject({
      name: 'Northgate Branch',
      address: '10548 5th Ave NE',
      latitude: null,
      longitude: null,
      version: 2,
    });
    const [entry] = await auditFor(branch.id);
    expect(entry).toMatchObject({
      action: 'branch.update',
      actorUserId: admin.userId,
      before: { name: 'Northgate', address: 'Old address', latitude: 47.98, longitude: -122.2 },
      after: { name: 'Northgate Branch', address: '10548 5th Ave NE', latitude: null, longitude: null },
    });
  });

  it('refuses an edit that started from an older version, and applies nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Fremont' });
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateBranch(null, form({ id: branch.id, version: 1, name: 'Fremont Branch' })),
      ),
    ).toBe('/settings/branches?saved=1');
    // A second admin's form was opened at version 1 too.
    const stale = await updateBranch(null, form({ id: branch.id, version: 1, name: 'Fremont Library' }));
    expect(stale).toEqual({ ok: false, message: staleMessage, fieldErrors: undefined });
    const saved = await getBranch(t.db, { orgId: org.id }, branch.id);
    expect(saved).toMatchObject({ name: 'Fremont Branch', version: 2 });
    expect(await auditFor(branch.id)).toHaveLength(1);
  });

  it('refuses renaming to the name of another branch, beside the name field', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    await makeBranch(t.db, org.id, { name: 'Central Library' });
    const branch = await makeBranch(t.db, org.id, { name: 'Beacon Hill' });
    signInAs(admin);
    const result = await updateBranch(null, form({ id: branch.id, version: 1, name: 'Central Library' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name?.[0]).toMatch(/already a branch called/);
    expect(await getBranch(t.db, { orgId: org.id }, branch.id)).toMatchObject({
      name: 'Beacon Hill',
      version: 1,
    });
  });

  it('refuses coordinates out of range and keeps the branch as it was', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Lake City' });
    signInAs(admin);
    const result = await updateBranch(
      null,
      form({ id: branch.id, version: 1, name: 'Lake City', latitude: '47.7', longitude: '-222' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.longitude?.[0]).toMatch(/between -180 and 180/);
    expect(await getBranch(t.db, { orgId: org.id }, branch.id)).toMatchObject({
      longitude: -122.2,
      version: 1,
    });
  });

  it('writes nothing when nothing changed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Magnolia' });
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateBranch(
          null,
          form({
            id: branch.id,
            version: 1,
            name: branch.name,
            address: branch.address,
            latitude: String(branch.latitude),
            longitude: String(branch.longitude),
          }),
        ),
      ),
    ).toBe('/settings/branches?saved=1');
    expect(await getBranch(t.db, { orgId: org.id }, branch.id)).toMatchObject({ version: 1 });
    expect(await auditFor(branch.id)).toHaveLength(0);
  });
});

describe('removing a branch', () => {
  it('removes it, keeps the accounts of the members who called it home, and records what it was', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Greenwood' });
    const other = await makeBranch(t.db, org.id, { name: 'Ballard' });
    const homeA = await createMember(t.db, org.id, { homeBranchId: branch.id });
    const homeB = await createMember(t.db, org.id, { homeBranchId: branch.id });
    const elsewhere = await createMember(t.db, org.id, { homeBranchId: other.id });
    expect(
      (await listBranchesWithMemberCounts(t.db, { orgId: org.id })).find((b) => b.id === branch.id)
        ?.memberCount,
    ).toBe(2);

    signInAs(admin);
    expect(await expectRedirect(() => deleteBranch(null, form({ id: branch.id, version: 1 })))).toBe(
      '/settings/branches?removed=1',
    );

    expect(await getBranch(t.db, { orgId: org.id }, branch.id)).toBeNull();
    const members = await t.db.select().from(memberships).where(eq(memberships.orgId, org.id));
    expect(members.find((m) => m.id === homeA.membershipId)).toMatchObject({
      homeBranchId: null,
      active: true,
      version: 2,
    });
    expect(members.find((m) => m.id === homeB.membershipId)?.homeBranchId).toBeNull();
    expect(members.find((m) => m.id === elsewhere.membershipId)).toMatchObject({
      homeBranchId: other.id,
      version: 1,
    });
    const [entry] = await auditFor(branch.id);
    expect(entry).toMatchObject({
      action: 'branch.delete',
      actorUserId: admin.userId,
      before: { name: 'Greenwood', homeBranchMembers: 2 },
      after: null,
    });
  });

  it('refuses when the branch changed since the page was opened', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Queen Anne', version: 3 });
    signInAs(admin);
    const result = await deleteBranch(null, form({ id: branch.id, version: 2 }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/was not removed/) });
    expect(await getBranch(t.db, { orgId: org.id }, branch.id)).not.toBeNull();
    expect(await auditFor(branch.id)).toHaveLength(0);
  });
});
