import Link from 'next/link';
import type { DashboardFilter } from '@/lib/dashboard/filters';
import type { DashboardData, DashboardSection } from '@/lib/dashboard/load';
import {
  branchesTable,
  funnelTable,
  interactionsTable,
  movementsTable,
  sectionTitles,
  staffTable,
  themesTable,
} from '@/lib/dashboard/tables';
import { AreaGapsSection } from './area-gaps-section';
import { CategoryBars, MonthBars } from './bar-chart';
import { branchData, funnelData, interactionData, movementData, stageSeries, themeData } from './chart-data';
import { CoverageMatrices } from './coverage-section';
import { NumbersTable } from './data-table';
import { GoingColdList } from './going-cold-list';
import { SectionCard } from './section-card';

type Props = {
  data: DashboardData;
  filter: DashboardFilter;
  today: string;
  /** The filters as a query string, for downloads and links. */
  query: string;
  /** Where "see all" goes for the going-cold list: the partner list filtered by health. */
  goingColdHref: string;
  /** Admins get a link to upload areas when there are none. */
  canManageAreas: boolean;
};

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md bg-paper px-4 py-6 text-center text-muted">{children}</p>;
}

/** Every section below the headline numbers, in the order a board meeting reads them. */
export function DashboardSections({ data, filter, today, query, goingColdHref, canManageAreas }: Props) {
  const csv = (section: DashboardSection) => `/api/dashboard/${section}${query ? `?${query}` : ''}`;
  const movements = movementData(data['stage-movements']);
  const interactions = interactionData(data.interactions);
  const cold = data['going-cold'];
  const noMoves = movements.every((row) => stageSeries.every((s) => row[s.key as keyof typeof row] === 0));
  const noInteractions = interactions.every((row) => row.total === 0);
  const coldTotal = cold.counts.cold + cold.counts.cooling;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <SectionCard
        id="funnel"
        title={sectionTitles.funnel}
        description="Where relationships stand today, along the path from identified to sustained; paused and ended ones are listed last."
        table={funnelTable(data.funnel)}
        csvHref={csv('funnel')}
      >
        <CategoryBars
          data={funnelData(data.funnel)}
          title={sectionTitles.funnel}
          description="Partners at each relationship stage today."
          valueName="Partners"
          labelWidth={110}
        />
      </SectionCard>
      <SectionCard
        id="branches"
        title={sectionTitles.branches}
        description="Active partners by their primary branch, today."
        table={branchesTable(data.branches)}
        csvHref={csv('branches')}
        empty={data.branches.length === 0 ? <Empty>No branches or partners to count yet.</Empty> : undefined}
      >
        <CategoryBars
          data={branchData(data.branches)}
          title={sectionTitles.branches}
          description="Active partners per primary branch."
          valueName="Partners"
        />
      </SectionCard>
      <AreaGapsSection data={data['area-gaps']} csvHref={csv('area-gaps')} canManageAreas={canManageAreas} />
      <SectionCard
        id="movements"
        className="lg:col-span-2"
        title={sectionTitles['stage-movements']}
        description="How many partners moved into each stage, month by month in the period. A new partner counts as a move into its first stage."
        table={movementsTable(data['stage-movements'])}
        csvHref={csv('stage-movements')}
        empty={noMoves ? <Empty>No partner changed stage in this period.</Empty> : undefined}
      >
        <MonthBars
          data={movements}
          series={stageSeries}
          title={sectionTitles['stage-movements']}
          description="Moves into each stage per month, stacked by stage."
        />
      </SectionCard>
      <SectionCard
        id="coverage"
        className="lg:col-span-2"
        title={sectionTitles.coverage}
        description="Active partners of each kind by the ages they serve. A partner serving several ages counts in each. Cells marked None are gaps: no partner of that kind serves that age."
        csvHref={csv('coverage')}
      >
        <CoverageMatrices data={data.coverage} branchFilter={filter.branch} />
      </SectionCard>
      <SectionCard
        id="interactions"
        className="lg:col-span-2"
        title={sectionTitles.interactions}
        description="Meetings, calls, emails, events, joint programs and other contacts logged, by the month they happened."
        table={interactionsTable(data.interactions)}
        csvHref={csv('interactions')}
        empty={noInteractions ? <Empty>No interactions were logged in this period.</Empty> : undefined}
      >
        <MonthBars
          data={interactions}
          series={[{ key: 'total', label: 'Interactions', color: '#1f6d63' }]}
          title={sectionTitles.interactions}
          description="Interactions per month in the period."
        />
      </SectionCard>
      <SectionCard
        id="going-cold"
        title={sectionTitles['going-cold']}
        description={
          <>
            {coldTotal === 0
              ? 'No active relationship is cooling or cold today.'
              : `${cold.counts.cold} cold and ${cold.counts.cooling} cooling today, longest without contact first.`}
            {cold.counts.none > 0 ? ` ${cold.counts.none} more have had no contact yet.` : ''}
          </>
        }
        csvHref={csv('going-cold')}
        empty={
          coldTotal === 0 ? (
            <Empty>Every active relationship has been in touch within the cadence.</Empty>
          ) : undefined
        }
      >
        <GoingColdList data={cold} today={today} />
        {coldTotal > cold.partners.length ? (
          <p className="no-print mt-3 text-sm">
            <Link href={goingColdHref}>See all {coldTotal} cold and cooling partners</Link>
          </p>
        ) : null}
      </SectionCard>
      <SectionCard
        id="themes"
        title={sectionTitles.themes}
        description="Themes tagged on interviews completed in the period, by how many interviews raised each."
        table={themesTable(data.themes)}
        csvHref={csv('themes')}
        empty={
          data.themes.length === 0 ? (
            <Empty>No completed interview in this period has themes yet.</Empty>
          ) : undefined
        }
      >
        <CategoryBars
          data={themeData(data.themes)}
          title={sectionTitles.themes}
          description="Interviews per theme."
          valueName="Interviews"
          labelWidth={140}
        />
      </SectionCard>
      {data['staff-activity'] ? (
        <SectionCard
          id="staff"
          className="lg:col-span-2"
          title={sectionTitles['staff-activity']}
          description="For managers and admins: interactions each person took part in and interviews they held in the period, and their follow-ups overdue today."
          csvHref={csv('staff-activity')}
        >
          <NumbersTable
            table={staffTable(data['staff-activity'])}
            caption={sectionTitles['staff-activity']}
          />
        </SectionCard>
      ) : null}
    </div>
  );
}
