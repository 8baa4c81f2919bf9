import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PartnerFilters } from '@/components/partners/partner-filters';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { today as todayIn } from '@/lib/dates';
import { isFilterEmpty, parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { loadPartnerList } from '@/lib/partners/list-page';
import {
  normalisedQuery,
  parsePage,
  parseSort,
  partnerListQuery,
  partnerSortOptions,
  sortedQuery,
} from '@/lib/partners/list-params';
import { PartnerList } from './partner-list';

export const metadata: Metadata = { title: 'Partners' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnersPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parsePartnerFilter(params);
  const sort = parseSort(params);
  const page = parsePage(params);
  // The filter form sends every field, empty ones too; tidy the address so a shared link is short.
  const tidy = partnerListQuery(filter, sort, page);
  if (normalisedQuery(params) !== sortedQuery(tidy)) redirect(tidy ? `/partners?${tidy}` : '/partners');

  const { rows, total, pageSize, healthCadenceDays, branches, owners } = await loadPartnerList(ctx, filter, {
    sort,
    page,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const canAdd = roleAtLeast(ctx.role, 'staff');
  const canImport = roleAtLeast(ctx.role, 'manager');
  const filterQuery = partnerFilterToSearchParams(filter).toString();
  const exportHref = (format: string) =>
    `/api/partners/export?format=${format}${filterQuery ? `&${filterQuery}` : ''}`;
  const noun = total === 1 ? 'partner' : 'partners';
  const caption =
    rows.length > 0
      ? `${first}–${first + rows.length - 1} of ${total} ${noun}, by ${partnerSortOptions.find((o) => o.value === sort)?.label.toLowerCase()}`
      : '';

  return (
    <>
      <PageHeader
        title="Partners"
        description={`The community partners of ${ctx.orgName}: people, groups, places and organizations the library works with or wants to.`}
        actions={
          <>
            <Link
              href={`/partners/board${filterQuery ? `?${filterQuery}` : ''}`}
              className={buttonClasses('secondary')}
            >
              Board by stage
            </Link>
            {canImport ? (
              <Link href="/partners/import" className={buttonClasses('secondary')}>
                Import
              </Link>
            ) : null}
            {canAdd ? (
              <Link href="/partners/new" className={buttonClasses('primary')}>
                Add a partner
              </Link>
            ) : null}
          </>
        }
      />
      <Card className="mb-6">
        <PartnerFilters
          filter={filter}
          action="/partners"
          branches={branches}
          owners={owners}
          sort={{ value: sort, options: partnerSortOptions }}
        />
      </Card>
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p role="status" className="font-medium">
          {total === 0
            ? 'No partners match.'
            : isFilterEmpty(filter)
              ? `${total} ${noun}`
              : `${total} ${noun} match these filters`}
        </p>
        {total > 0 ? (
          <p className="flex flex-wrap gap-2 text-sm">
            <span className="self-center text-muted">Download these {noun}:</span>
            <a href={exportHref('csv')} className={buttonClasses('secondary', 'sm')} download>
              CSV
            </a>
            <a href={exportHref('geojson')} className={buttonClasses('secondary', 'sm')} download>
              GeoJSON
            </a>
          </p>
        ) : null}
      </div>
      {total === 0 ? (
        <Card className="text-center">
          {isFilterEmpty(filter) ? (
            <>
              <h2 className="text-lg font-semibold">No partners yet</h2>
              <p className="mx-auto mt-2 max-w-md text-muted">
                Start with the people and groups your library already knows: a school, a food bank, a
                neighbourhood leader.
              </p>
              {canAdd ? (
                <p className="mt-4">
                  <Link href="/partners/new" className={buttonClasses('primary')}>
                    Add your first partner
                  </Link>
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-muted">
              Nothing matches these filters. <Link href="/partners">Clear the filters</Link> or choose fewer.
            </p>
          )}
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <p className="text-muted">
            There is no page {page}: these {noun} fill {pages} {pages === 1 ? 'page' : 'pages'}.{' '}
            <Link href={`/partners?${partnerListQuery(filter, sort)}`}>Go to the first page</Link>
          </p>
        </Card>
      ) : (
        <div className="overflow-hidden rounded-lg border border-line bg-white shadow-sm">
          <PartnerList
            partners={rows}
            caption={caption}
            cadenceDays={healthCadenceDays}
            today={todayIn(ctx.timeZone)}
          />
        </div>
      )}
      {pages > 1 && rows.length > 0 ? (
        <Pager
          label="Partner list pages"
          page={page}
          pages={pages}
          href={(target) => {
            const query = partnerListQuery(filter, sort, target);
            return query ? `/partners?${query}` : '/partners';
          }}
        />
      ) : null}
    </>
  );
}
