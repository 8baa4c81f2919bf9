import 'server-only';
import { getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import {
  countHomeBranchMembers,
  getBranchOrThrow,
  listBranches,
  listBranchesWithMemberCounts,
} from './queries';

// What the branch settings pages show, read for the caller: each loader opens the database itself
// and stays inside the caller's organization.

type Caller = { orgId: string };

/** Settings → Branches: every branch, with how many staff have it as their home branch. */
export const loadBranchList = scopedLoader(async function loadBranchList(ctx: Caller) {
  return listBranchesWithMemberCounts(await getDb(), ctx);
});

/** Editing a branch: the branch (or the not-found page) and how many staff call it home. */
export const loadBranchForEdit = scopedLoader(async function loadBranchForEdit(
  ctx: Caller,
  branchId: string,
) {
  const db = await getDb();
  const branch = await getBranchOrThrow(db, ctx, branchId);
  const memberCount = await countHomeBranchMembers(db, ctx, branch.id);
  return { branch, memberCount };
});

/** The branches as choices for a form (a staff member's home branch), in order of name. */
export const loadBranchChoices = scopedLoader(async function loadBranchChoices(
  ctx: Caller,
): Promise<{ value: string; label: string }[]> {
  const branchList = await listBranches(await getDb(), ctx);
  return branchList.map((branch) => ({ value: branch.id, label: branch.name }));
});
