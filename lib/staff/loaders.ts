import 'server-only';
import { getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { getMemberOrThrow, listMembers } from './queries';

// What the staff settings pages show, read for the caller: each loader opens the database itself
// and stays inside the caller's organization.

type Caller = { orgId: string };

/** Settings → Staff: everyone who can sign in to the caller's organization. */
export const loadStaffList = scopedLoader(async function loadStaffList(ctx: Caller) {
  return listMembers(await getDb(), ctx);
});

/** One staff member of the caller's organization, or the not-found page. */
export const loadMember = scopedLoader(async function loadMember(ctx: Caller, memberId: string) {
  return getMemberOrThrow(await getDb(), ctx, memberId);
});
