import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadResourcesPage } from '@/lib/resources/loaders';
import { groupByMoment } from '@/lib/resources/moments';
import { isPanelKey, learnMorePanels } from '@/lib/resources/panels';
import {
  isResourceFilterEmpty,
  parseResourceFilter,
  resourceFilterToSearchParams,
} from '@/lib/resources/validation';
import { RestorePanelsButton } from './entry-actions';
import { HiddenResources } from './hidden-resources';
import { ResourceEntry } from './resource-entry';
import { ResourceFilters } from './resource-filters';

export const metadata: Metadata = { title: 'Resources' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const savedMessages: Record<string, string> = {
  added:
    'Your resource is added. Everyone in your library sees it here and, by its topics, beside their work.',
  updated: 'Your changes are saved.',
  unchanged: 'Nothing had changed, so nothing was saved.',
  removed: 'The resource is removed.',
  hidden:
    'The resource is hidden for your library. It is listed under “Hidden”, where you can show it again.',
  shown: 'The resource is back in your library’s list.',
  panels: 'The Learn more suggestions you hid are back.',
};

function first(raw: string | string[] | undefined) {
  return Array.isArray(raw) ? raw[0] : raw;
}

export default async function ResourcesPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parseResourceFilter(params);
  // The filter form sends every field, empty ones too; tidy the address so a shared link is short.
  const given = new URLSearchParams();
  for (const key of ['q', 'topic', 'kind'])
    if (params[key] !== undefined) given.set(key, first(params[key]) ?? '');
  const tidy = resourceFilterToSearchParams(filter).toString();
  if (given.toString() !== tidy) redirect(tidy ? `/resources?${tidy}` : '/resources');

  const canManage = roleAtLeast(ctx.role, 'manager');
  const { rows, totals, hidden, dismissed } = await loadResourcesPage(ctx, filter, canManage);
  const groups = groupByMoment(rows);
  const savedKey = first(params.saved);
  const saved = savedKey ? savedMessages[savedKey] : undefined;
  const noun = (n: number) => (n === 1 ? 'resource' : 'resources');
  const places = dismissed.filter(isPanelKey).map((panel) => learnMorePanels[panel].place);

  return (
    <>
      <PageHeader
        title="Resources"
        description="Webinars, toolkits, guides and books for building community relationships, grouped by the moment they help, with your library’s own beside them."
        actions={
          canManage ? (
            <Link href="/resources/new" className={buttonClasses('primary')}>
              Add a resource
            </Link>
          ) : null
        }
      />
      {saved ? (
        <Alert tone="success" className="mb-6">
          {saved}
        </Alert>
      ) : null}
      <Card className="mb-6">
        <ResourceFilters filter={filter} kinds={totals.kinds} />
      </Card>
      <p role="status" className="mb-4 font-medium">
        {isResourceFilterEmpty(filter)
          ? `${totals.total} ${noun(totals.total)}`
          : `${rows.length} of ${totals.total} ${noun(totals.total)} match`}
      </p>
      {groups.length > 1 ? (
        <nav aria-label="Moments on this page" className="mb-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {groups.map((group) => (
              <li key={group.key}>
                <a href={`#moment-${group.key}`}>
                  {group.label} ({group.items.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length === 0 ? (
        <Card>
          <p className="text-muted">
            Nothing matches. Try other words, or <Link href="/resources">clear the search and filters</Link>.
          </p>
        </Card>
      ) : (
        <div className="space-y-6">
          {groups.map((group) => (
            <Card key={group.key} aria-labelledby={`moment-${group.key}`}>
              <h2 id={`moment-${group.key}`} className="scroll-mt-4 text-lg font-semibold text-ink">
                {group.label} <span className="text-base font-normal text-muted">({group.items.length})</span>
              </h2>
              <p className="mt-1 text-sm text-muted">{group.description}</p>
              <ul className="mt-4 divide-y divide-line">
                {group.items.map((resource) => (
                  <ResourceEntry key={resource.id} resource={resource} canManage={canManage} />
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
      {canManage && hidden.length > 0 ? <HiddenResources resources={hidden} timeZone={ctx.timeZone} /> : null}
      {places.length > 0 ? (
        <Card className="mt-6" aria-labelledby="hidden-panels-heading">
          <h2 id="hidden-panels-heading" className="text-lg font-semibold text-ink">
            Learn more suggestions you hid
          </h2>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted">
              You hid them on {places.join(', ')}. Only you stopped seeing them.
            </p>
            <RestorePanelsButton />
          </div>
        </Card>
      ) : null}
    </>
  );
}
