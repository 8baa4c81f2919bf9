import Link from 'next/link';
import { describeArea } from '@/lib/areas/describe';
import { areaGapsTable } from '@/lib/dashboard/area-gaps-table';
import type { DashboardData } from '@/lib/dashboard/load';
import { sectionTitles } from '@/lib/dashboard/tables';
import { CategoryBars } from './bar-chart';
import { SectionCard } from './section-card';

/** The chart shows at most this many areas, those with the fewest partners: the gaps. */
const chartAreas = 25;

type Props = { data: DashboardData['area-gaps']; csvHref: string; canManageAreas: boolean };

/** Partners per area of a set (the branches' service areas first), and what each area lacks. */
export function AreaGapsSection({ data, csvHref, canManageAreas }: Props) {
  const title = sectionTitles['area-gaps'];
  const fewest = [...data.areas].sort((a, b) => a.partners - b.partners || a.name.localeCompare(b.name));
  const shown = fewest.slice(0, chartAreas);
  const gaps = data.areas.filter((area) => area.partners === 0 || area.missingAges.length > 0);
  return (
    <SectionCard
      id="area-gaps"
      className="lg:col-span-2"
      title={title}
      description={
        data.set ? (
          <>
            Partners in each area of {data.set.name}, today, and the ages no partner there serves. Partners
            with an approximate location are counted where their approximate point falls;{' '}
            {data.hiddenLeftOut
              ? 'partners whose location is hidden are not counted in any area here.'
              : 'partners whose location is hidden are counted but never shown on the map.'}{' '}
            A partner on a border counts in each area it touches.{' '}
            {data.outside > 0
              ? `${data.outside} ${data.outside === 1 ? 'partner is' : 'partners are'} in no area.`
              : ''}
          </>
        ) : (
          'Partners per service area or neighbourhood, once the organization has areas.'
        )
      }
      table={data.set ? areaGapsTable(data) : undefined}
      csvHref={data.set ? csvHref : undefined}
      empty={
        data.set && data.areas.length > 0 ? undefined : (
          <p className="rounded-md bg-paper px-4 py-6 text-center text-muted">
            No areas yet.{' '}
            {canManageAreas ? (
              <Link href="/settings/areas">Upload the branches’ service areas</Link>
            ) : (
              'An admin can upload the branches’ service areas.'
            )}
          </p>
        )
      }
    >
      <CategoryBars
        data={shown.map((area) => ({ label: area.name, value: area.partners }))}
        title={title}
        description={
          data.areas.length > chartAreas
            ? `Partners in the ${chartAreas} areas with the fewest.`
            : 'Partners per area, fewest first.'
        }
        valueName="Partners"
        labelWidth={150}
      />
      {gaps.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold text-ink">Where the gaps are</h3>
          <ul className="mt-1 list-inside list-disc space-y-1 text-sm">
            {gaps.slice(0, 12).map((area) => (
              <li key={area.id}>{describeArea(area)}</li>
            ))}
          </ul>
          {gaps.length > 12 ? (
            <p className="mt-1 text-sm text-muted">And {gaps.length - 12} more in the numbers below.</p>
          ) : null}
        </>
      ) : null}
    </SectionCard>
  );
}
