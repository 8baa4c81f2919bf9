import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DashboardLayout } from '@/components/dashboard/dashboard-layout';
import { DashboardSections } from '@/components/dashboard/dashboard-sections';
import { HeadlineNumbers } from '@/components/dashboard/headline-numbers';
import { NewOrganizationDashboard } from '@/components/dashboard/new-organization';
import { LearnMore } from '@/components/resources/learn-more';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { dashboardFilterToSearchParams, parseDashboardFilter, resolvePeriod } from '@/lib/dashboard/filters';
import { loadDashboardData, loadDashboardScopes } from '@/lib/dashboard/loaders';
import { noBranchLabel } from '@/lib/dashboard/tables';
import { formatPeriod, today as todayIn } from '@/lib/dates';
import { normalisedQuery, sortedQuery } from '@/lib/partners/list-params';
import { loadLearnMore } from '@/lib/resources/learn-more';
import { dismissLearnMore } from '@/lib/resources/visibility-actions';

export const metadata: Metadata = { title: 'Dashboard' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The partner list's health filter: the going-cold list's "see all" (active stages only, like the list here).
const goingColdListQuery =
  'health=cold&health=cooling&stage=identified&stage=reached_out&stage=connected&stage=collaborating&stage=sustained';

export default async function DashboardPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const { branches, owners } = await loadDashboardScopes(ctx);
  const parsed = parseDashboardFilter(params);
  // A branch or liaison that is not (or no longer) the organization's is dropped from the link.
  const filter = {
    ...parsed,
    branch: parsed.branch === 'none' || branches.some((b) => b.id === parsed.branch) ? parsed.branch : null,
    owner: parsed.owner === 'none' || owners.some((o) => o.value === parsed.owner) ? parsed.owner : null,
  };
  // The form sends every field, empty ones too; tidy the address so a shared link is short.
  const query = dashboardFilterToSearchParams(filter).toString();
  if (normalisedQuery(params) !== sortedQuery(query)) redirect(query ? `/dashboard?${query}` : '/dashboard');

  const now = new Date();
  // Today in the organization's zone: the period presets, "overdue" and "days since" count from it.
  const today = todayIn(ctx.timeZone, now);
  const { period, errors, usedDefault } = resolvePeriod(filter, today);
  const [data, learnMore] = await Promise.all([
    loadDashboardData(ctx, filter, period, now),
    loadLearnMore(ctx, 'dashboard'),
  ]);
  const branchName =
    filter.branch === 'none'
      ? noBranchLabel
      : (branches.find((b) => b.id === filter.branch)?.name ?? 'All branches');
  const ownerName =
    filter.owner === 'none'
      ? 'No liaison yet'
      : (owners.find((o) => o.value === filter.owner)?.label ?? 'Any staff liaison');
  const scopeQuery = new URLSearchParams();
  if (filter.branch) scopeQuery.set('branch', filter.branch);
  if (filter.owner) scopeQuery.set('owner', filter.owner);
  const goingColdHref = `/partners?${goingColdListQuery}${scopeQuery.size ? `&${scopeQuery}` : ''}`;
  const isNew = data.headline.organizationPartners === 0;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Where ${ctx.orgName}’s community relationships stand, how they moved, and where the gaps are.`}
      />
      <DashboardLayout aside={<LearnMore data={learnMore} dismiss={dismissLearnMore} />}>
        <Card className="no-print">
          <DashboardFilters
            filter={filter}
            period={period}
            errors={errors}
            branches={branches.map((b) => ({
              value: b.id,
              label: b.id === ctx.homeBranchId ? `${b.name} (your branch)` : b.name,
            }))}
            owners={owners}
          />
        </Card>
        {usedDefault ? (
          <Alert tone="warning" title="These dates could not be used">
            The numbers below are for the last 12 months. Correct the dates above and choose Show.
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-medium text-ink" role="status">
            {branchName} · {ownerName} · {formatPeriod(period)}
          </p>
          <a
            href={`/api/dashboard/headline${query ? `?${query}` : ''}`}
            download
            className="no-print text-sm font-medium"
          >
            Download the headline numbers (CSV)
          </a>
        </div>
        <HeadlineNumbers headline={data.headline} period={period} today={today} />
        {isNew ? (
          <NewOrganizationDashboard canAdd={roleAtLeast(ctx.role, 'staff')} />
        ) : (
          <DashboardSections
            data={data}
            filter={filter}
            today={today}
            query={query}
            goingColdHref={goingColdHref}
            canManageAreas={roleAtLeast(ctx.role, 'admin')}
          />
        )}
      </DashboardLayout>
    </>
  );
}
