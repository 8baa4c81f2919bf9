import type { Metadata } from 'next';
import Link from 'next/link';
import { PartnerFilters } from '@/components/partners/partner-filters';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { relationshipStages } from '@/lib/partners/vocabulary';
import { loadPartnerBoard } from '@/lib/relationships/board-page';
import { StageBoard } from './stage-board';

export const metadata: Metadata = { title: 'Partner board' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnerBoardPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parsePartnerFilter(params);
  const asked = params.more === undefined ? [] : Array.isArray(params.more) ? params.more : [params.more];
  const expanded = relationshipStages.filter((stage) => asked.includes(stage));
  const { columns, branches, owners } = await loadPartnerBoard(ctx, filter, expanded);
  const listQuery = partnerFilterToSearchParams(filter).toString();

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
        <PartnerFilters filter={filter} action="/partners/board" branches={branches} owners={owners} />
      </Card>
      <StageBoard columns={columns} canMove={roleAtLeast(ctx.role, 'staff')} />
    </div>
  );
}
