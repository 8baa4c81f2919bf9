import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { roleAtLeast } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/queries';
import { getOrganizationSettings } from './queries';

/**
 * The home page: the organization's branches, and whether to ask an admin to choose the time zone
 * (an organization from before time zones counts in UTC until an admin does).
 */
export const loadHome = scopedLoader(async function loadHome(ctx: AuthContext) {
  const db = await getDb();
  const branches = await listBranches(db, ctx);
  const askForTimeZone =
    roleAtLeast(ctx.role, 'admin') && !(await getOrganizationSettings(db, ctx)).timeZoneConfirmed;
  return { branches, askForTimeZone };
});
