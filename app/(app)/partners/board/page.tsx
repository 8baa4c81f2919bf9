import type { Metadata } from 'next';
import Link from 'next/link';
import { PartnerFilters } from '@/components/partners/partner-filters';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { type RelationshipStage, relationshipStages } from '@/db/schema/vocabulary';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/queries';
import { today as todayIn } from '@/lib/dates';
import { parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { listOwnerFilterOptions } from '@/lib/partners/queries';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import { boardColumns } from '@/lib/relationships/board';
import { daysSince, healthOf } from '@/lib/relationships/health-levels';
import { getHealthCadence } from '@/lib/relationships/queries';
import type { BoardColumnView } from './board-types';
import { StageBoard } from './stage-board';

export const metadata: Metadata = { title: 'Partner board' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnerBoardPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parsePartnerFilter(params);
  const asked = params.more === undefined ? [] : Array.isArray(params.more) ? params.more : [params.more];
  const expanded = relationshipStages.filter((stage) => asked.includes(stage));
  const db = await getDb();
  const healthCadenceDays = await getHealthCadence(db, ctx);
  const boardCtx = { orgId: ctx.orgId, role: ctx.role, healthCadenceDays, timeZone: ctx.timeZone };
  const now = new Date();
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
  const listQuery = query.toString();

  return (
    <div data-full-bleed className="min-w-0">
      <PageHeader
        title="Partner board"
        description="Every partner in a column for its relationship stage. Staff move a partner by dragging its card, with the keyboard, or with its Move to menu; each move asks for a note and joins its stage history."
        actions={
          <>
            <Link
              href={`/partners${listQuery ? `?${listQuery}` : ''}`}
              className={buttonClasses('secondary')}
            >
              List
            </Link>
            <Link href={`/map${listQuery ? `?${listQuery}` : ''}`} className={buttonClasses('secondary')}>
              Map
            </Link>
          </>
        }
      />
      <Card className="mb-6">
        <PartnerFilters
          filter={filter}
          action="/partners/board"
          branches={branchList.map((branch) => ({ value: branch.id, label: branch.name }))}
          owners={owners}
        />
      </Card>
      <StageBoard columns={view} canMove={roleAtLeast(ctx.role, 'staff')} />
    </div>
  );
}
