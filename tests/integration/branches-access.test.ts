import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, branches, memberships } from '@/db/schema';
import { createBranch, deleteBranch, updateBranch } from '@/lib/branches/actions';
import {
  getBranch,
  getBranchOrThrow,
  listBranches,
  listBranchesWithMemberCounts,
} from '@/lib/branches/queries';
import {
  createMember,
  createOrganizationWithMembers,
  form,
  createBranch as makeBranch,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function branchRows(orgId: string) {
  return t.db.select().from(branches).where(eq(branches.orgId, orgId));
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

describe('the branch list', () => {
  it('shows the organization’s branches by name, with how many active members call each home', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    const zeta = await makeBranch(t.db, org.id, { name: 'zeta Branch' });
    const alpha = await makeBranch(t.db, org.id, { name: 'Alpha Branch', latitude: null, longitude: null });
    await createMember(t.db, org.id, { homeBranchId: zeta.id });
    await createMember(t.db, org.id, { homeBranchId: zeta.id, active: false });
    const rows = await listBranchesWithMemberCounts(t.db, { orgId: org.id });
    expect(rows.map((r) => [r.name, r.memberCount, r.latitude])).toEqual([
      ['Alpha Branch', 0, null],
      ['zeta Branch', 1, 47.98],
    ]);
    expect(alpha.id).toBe(rows[0]?.id);
  });
});

describe('who may change branches', () => {
  it.each(['manager', 'staff', 'viewer'] as const)('refuses a %s every change', async (role) => {
    const org = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.org.id, { name: 'Capitol Hill' });
    signInAs(org[role]);
    const refusal = { ok: false, message: expect.stringMatching(/^Only admins can do this/) };
    expect(await createBranch(null, form(central))).toMatchObject(refusal);
    expect(await updateBranch(null, form({ id: branch.id, version: 1, name: 'Renamed' }))).toMatchObject(
      refusal,
    );
    expect(await deleteBranch(null, form({ id: branch.id, version: 1 }))).toMatchObject(refusal);
    expect(await branchRows(org.org.id)).toEqual([branch]);
    expect(await auditCount(org.org.id)).toBe(0);
  });

  it('refuses a visitor who is not signed in', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    const branch = await makeBranch(t.db, org.id, { name: 'Columbia' });
    signInAs(null);
    const ended = { ok: false, message: 'Your session has ended. Sign in again to continue.' };
    expect(await createBranch(null, form(central))).toEqual(ended);
    expect(await updateBranch(null, form({ id: branch.id, version: 1, name: 'X' }))).toEqual(ended);
    expect(await deleteBranch(null, form({ id: branch.id, version: 1 }))).toEqual(ended);
    expect(await branchRows(org.id)).toEqual([branch]);
  });
});

describe('organization walls', () => {
  it('lets an admin neither see nor change another organization’s branches', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const theirs = await makeBranch(t.db, b.org.id, { name: 'Their Branch' });
    await createMember(t.db, b.org.id, { homeBranchId: theirs.id });
    const ctxA = { orgId: a.org.id };

    expect(await getBranch(t.db, ctxA, theirs.id)).toBeNull();
    await expect(getBranchOrThrow(t.db, ctxA, theirs.id)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
    expect(await listBranches(t.db, ctxA)).toEqual([]);
    expect(await listBranchesWithMemberCounts(t.db, ctxA)).toEqual([]);

    signInAs(a.admin);
    const notFound = { ok: false, message: 'That branch was not found.' };
    expect(
      await updateBranch(
        null,
        form({ id: theirs.id, version: 1, name: 'Taken Over', latitude: '', longitude: '' }),
      ),
    ).toMatchObject(notFound);
    expect(await deleteBranch(null, form({ id: theirs.id, version: 1 }))).toMatchObject(notFound);
    expect(await updateBranch(null, form({ id: 'not-a-uuid', version: 1, name: 'X' }))).toMatchObject(
      notFound,
    );

    expect(await branchRows(b.org.id)).toEqual([theirs]);
    const theirMembers = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, b.org.id), eq(memberships.homeBranchId, theirs.id)));
    expect(theirMembers).toHaveLength(1);
    expect(await auditCount(a.org.id)).toBe(0);
    expect(await auditCount(b.org.id)).toBe(0);
  });

  it('does not count another organization’s members toward a branch', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const ours = await makeBranch(t.db, a.org.id);
    // A bad row (a member of B pointing at A's branch) must still not be counted for A.
    await createMember(t.db, b.org.id, { homeBranchId: ours.id });
    const [row] = await listBranchesWithMemberCounts(t.db, { orgId: a.org.id });
    expect(row?.memberCount).toBe(0);
  });
});
