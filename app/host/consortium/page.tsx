import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { shownCountText, smallCountLimit } from '@/lib/consortium/suppress';
import { loadConsortium } from '@/lib/host/loaders';
import { requireHostPage } from '@/lib/host/page';
import {
  type AssetCategory,
  ageLabels,
  assetCategories,
  categoryLabels,
  stageLabels,
} from '@/lib/partners/vocabulary';
import { CountTable } from './count-table';

export const metadata: Metadata = { title: 'Consortium' };

/** Which kinds of partner leave an age unserved, in words. */
function ageNote(missing: AssetCategory[] | null): string {
  if (missing === null) return 'Too few partners to say which kinds serve it.';
  if (missing.length === assetCategories.length) return 'No partner serves it.';
  if (!missing.length) return 'Partners of every kind serve it.';
  return `No partner of these kinds serves it: ${missing.map((c) => categoryLabels[c].toLowerCase()).join(', ')}.`;
}

/**
 * Counts across the library systems that chose to share them (decision 0025): sums only, small
 * counts suppressed, never a name, never one system's own figures.
 */
export default async function ConsortiumPage() {
  const ctx = await requireHostPage();
  const figures = await loadConsortium(ctx);
  const none = figures.systems.kind === 'exact' && figures.systems.value === 0;
  const headline: [string, string][] = [
    ['Library systems sharing', shownCountText(figures.systems)],
    ['Partners', shownCountText(figures.partners)],
    ['Interviews held', shownCountText(figures.interviews.total)],
    ['Interviews held in the last 12 months', shownCountText(figures.interviews.lastTwelveMonths)],
  ];
  return (
    <>
      <PageHeader
        title="Consortium"
        description={`Figures added up across the library systems whose admins chose to share them, in Settings → Organization. Counts from 1 to ${smallCountLimit - 1} read “fewer than ${smallCountLimit}”; no partner, person or system is named.`}
      />
      {none ? (
        <p className="text-muted">
          No library system shares its figures yet. A system’s admins can choose to, in its organization
          settings.
        </p>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="headline-heading">
            <h2 id="headline-heading" className="sr-only">
              In all
            </h2>
            <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {headline.map(([term, value]) => (
                <div key={term} className="rounded-lg border border-line bg-white p-4">
                  <dt className="text-sm text-muted">{term}</dt>
                  <dd className="mt-1 text-2xl font-semibold text-ink">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CountTable
                id="stage-caption"
                caption="Partners by relationship stage"
                labelHeader="Stage"
                rows={figures.byStage.map((row) => ({
                  key: row.stage,
                  label: stageLabels[row.stage],
                  count: row.partners,
                }))}
              />
            </Card>
            <Card>
              <CountTable
                id="category-caption"
                caption="Partners by kind of asset"
                labelHeader="Kind"
                rows={figures.byCategory.map((row) => ({
                  key: row.category,
                  label: categoryLabels[row.category],
                  count: row.partners,
                }))}
              />
            </Card>
            <Card className="lg:col-span-2">
              <CountTable
                id="age-caption"
                caption="Coverage: partners serving each age"
                labelHeader="Age served"
                rows={figures.byAge.map((row) => ({
                  key: row.age,
                  label: ageLabels[row.age],
                  count: row.partners,
                  note: ageNote(row.missingCategories),
                }))}
              />
            </Card>
          </div>
          <p className="text-sm text-muted">
            Partners are those not archived, wherever their place is shown or hidden, counted as each system’s
            dashboard counts them. A partner serving several ages counts under each. “Withheld” hides a larger
            count so that a small one cannot be worked out from the total. Interviews are the completed ones,
            by the date they were held (UTC). Suspended systems are left out.
          </p>
        </div>
      )}
    </>
  );
}
