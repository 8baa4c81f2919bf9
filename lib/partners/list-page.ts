import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { listBranches } from '@/lib/branches/queries';
import { getHealthCadence } from '@/lib/relationships/queries';
import type { PartnerFilter } from './filters';
import type { PartnerSort } from './list-params';
import { listOwnerFilterOptions, listPartners } from './queries';

/** What the partner list shows: one page of the filtered partners, and the filter form's choices. */
export const loadPartnerList = scopedLoader(async function loadPartnerList(
  ctx: AuthContext,
  filter: PartnerFilter,
  { sort, page }: { sort: PartnerSort; page: number },
) {
  const db = await getDb();
  const healthCadenceDays = await getHealthCadence(db, ctx);
  // The health filter measures against the organization's cadence (lib/partners/filter-sql.ts).
  const listCtx = { ...ctx, healthCadenceDays };
  const [result, branchList, owners] = await Promise.all([
    listPartners(db, listCtx, filter, { sort, page }),
    listBranches(db, ctx),
    listOwnerFilterOptions(db, ctx),
  ]);
  return {
    ...result,
    healthCadenceDays,
    branches: branchList.map((branch) => ({ value: branch.id, label: branch.name })),
    owners,
  };
});
