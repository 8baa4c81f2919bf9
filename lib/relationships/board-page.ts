import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { listBranches } from '@/lib/branches/queries';
import { today as todayIn } from '@/lib/dates';
import { type PartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { listOwnerFilterOptions } from '@/lib/partners/queries';
import { categoryLabels, type RelationshipStage, stageLabels } from '@/lib/partners/vocabulary';
import { boardColumns } from './board';
import type { BoardColumnView } from './board-types';
import { daysSince, healthOf } from './health-levels';
import { getHealthCadence } from './queries';

/**
 * What the partner board shows: a column per stage with its cards as plain data, each column that
 * holds cards back linking to itself in full (`expanded` are the columns already opened), and the
 * filter form's choices.
 */
export const loadPartnerBoard = scopedLoader(async function loadPartnerBoard(
  ctx: AuthContext,
  filter: PartnerFilter,
  expanded: RelationshipStage[],
  now: Date = new Date(),
) {
  const db = await getDb();
  const healthCadenceDays = await getHealthCadence(db, ctx);
  const boardCtx = { orgId: ctx.orgId, role: ctx.role, healthCadenceDays, timeZone: ctx.timeZone };
  const today = todayIn(ctx.timeZone, now);
  const [columns, branchList, owners] = await Promise.all([
    boardColumns(db, boardCtx, filter, { expanded, now }),
    listBranches(db, ctx),
    listOwnerFilterOptions(db, ctx),
  ]);
  const query = partnerFilterToSearchParams(filter);
  const moreHref = (stage: RelationshipStage) => {
    const next = new URLSearchParams(query);
    for (const open of [...expanded, stage]) next.append('more', open);
    return `/partners/board?${next.toString()}`;
  };
  const view: BoardColumnView[] = columns.map((column) => ({
    stage: column.stage,
    label: stageLabels[column.stage],
    total: column.total,
    moreHref:
      column.partners.length < column.total && !expanded.includes(column.stage)
        ? moreHref(column.stage)
        : null,
    cards: column.partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      stage: partner.stage,
      version: partner.version,
      categoryLabel: categoryLabels[partner.category],
      ownerName: partner.ownerName,
      health: healthOf(partner.lastInteractionAt, healthCadenceDays, today),
      days: daysSince(partner.lastInteractionAt, today),
    })),
  }));
  return {
    columns: view,
    branches: branchList.map((branch) => ({ value: branch.id, label: branch.name })),
    owners,
  };
});
