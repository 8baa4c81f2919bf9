import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { listOwnerFilterOptions } from '@/lib/partners/queries';
import type { DashboardFilter, Period } from './filters';
import { type DashboardSection, listDashboardBranches, loadDashboard, loadSection, scopeNames } from './load';

// What the dashboard page and its CSV downloads read, for the caller's organization.

/** The branches and liaisons the dashboard's filters offer. */
export const loadDashboardScopes = scopedLoader(async function loadDashboardScopes(ctx: AuthContext) {
  const db = await getDb();
  const [branches, owners] = await Promise.all([
    listDashboardBranches(db, ctx.orgId),
    listOwnerFilterOptions(db, ctx),
  ]);
  return { branches, owners };
});

/** Every section of the dashboard for the filter and period. */
export const loadDashboardData = scopedLoader(async function loadDashboardData(
  ctx: AuthContext,
  filter: DashboardFilter,
  period: Period,
  now: Date,
) {
  return loadDashboard(await getDb(), ctx, filter, period, now);
});

/** One section in full, with the branch and liaison named in words, for its CSV download. */
export const loadSectionDownload = scopedLoader(async function loadSectionDownload<
  K extends DashboardSection,
>(ctx: AuthContext, section: K, filter: DashboardFilter, period: Period, now: Date) {
  const db = await getDb();
  const [data, names] = await Promise.all([
    loadSection(db, ctx, section, filter, period, now),
    scopeNames(db, ctx, filter),
  ]);
  return { data, names };
});
