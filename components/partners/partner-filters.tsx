import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import type { PartnerFilter } from '@/lib/partners/filters';
import { ageOptions, categoryOptions, sectorOptions, stageOptions } from '@/lib/partners/vocabulary';
import { healthOptions } from '@/lib/relationships/health-levels';
import { OwnerSelect } from './owner-select';

type Option = { value: string; label: string };

const control =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40';

type Props = {
  filter: PartnerFilter;
  /** Where the form sends people: the page it sits on. */
  action: string;
  branches: Option[];
  owners: Option[];
  /** Extra choices sent with the filter, e.g. the list's sort order. */
  sort?: { value: string; options: Option[] };
};

function Checks({
  legend,
  name,
  options,
  chosen,
}: {
  legend: string;
  name: string;
  options: Option[];
  chosen: readonly string[];
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      {/* Styled by `.pa-checks` (app/globals.css): a class per option would be sent for each one. */}
      <div className="pa-checks">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function activeCount(filter: PartnerFilter): number {
  return (
    filter.stages.length +
    filter.categories.length +
    filter.sectors.length +
    filter.ages.length +
    filter.branches.length +
    filter.owners.length +
    filter.health.length +
    (filter.archived === 'exclude' ? 0 : 1)
  );
}

/**
 * The shared partner filters as a plain GET form, so the filter lives in the address bar (a link
 * to the view shows the same partners) and works before any script has loaded.
 */
export function PartnerFilters({ filter, action, branches, owners, sort }: Props) {
  const active = activeCount(filter);
  return (
    <search aria-label="Filter partners">
      <form method="get" action={action} className="space-y-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1 space-y-1">
            <label htmlFor="partner-search" className="block text-sm font-medium text-ink">
              Search
            </label>
            <input
              id="partner-search"
              name="q"
              type="search"
              defaultValue={filter.q}
              aria-describedby="partner-search-hint"
              className={control}
            />
            <p id="partner-search-hint" className="text-sm text-muted">
              Words in the name, address or description.
            </p>
          </div>
          {sort ? (
            <div className="space-y-1 sm:w-52">
              <label htmlFor="partner-sort" className="block text-sm font-medium text-ink">
                Sort by
              </label>
              <select id="partner-sort" name="sort" defaultValue={sort.value} className={control}>
                {sort.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {/* Closed at first even when filters are chosen: open, it would fill a phone's screen. */}
        <details className="rounded-md border border-line bg-white">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-brand-700">
            More filters{active > 0 ? ` (${active} chosen)` : ''}
          </summary>
          <div className="grid gap-6 border-t border-line p-4 lg:grid-cols-2">
            <Checks legend="Stage" name="stage" options={stageOptions} chosen={filter.stages} />
            <Checks legend="Category" name="category" options={categoryOptions} chosen={filter.categories} />
            <Checks legend="Ages served" name="ages" options={ageOptions} chosen={filter.ages} />
            <Checks
              legend="Relationship health"
              name="health"
              options={healthOptions}
              chosen={filter.health}
            />
            <Checks
              legend="Primary branch"
              name="branch"
              options={[...branches, { value: 'none', label: 'No primary branch' }]}
              chosen={filter.branches}
            />
            <div className="lg:col-span-2">
              <Checks legend="Sector" name="sector" options={sectorOptions} chosen={filter.sectors} />
            </div>
            <div className="space-y-1">
              <label htmlFor="partner-owner" className="block text-sm font-medium text-ink">
                Staff liaison
              </label>
              <OwnerSelect
                id="partner-owner"
                name="owner"
                defaultValue={filter.owners[0] ?? ''}
                className={control}
                options={[
                  ['', 'Anyone'],
                  ['none', 'No liaison yet'],
                  ...owners.map((o): [string, string] => [o.value, o.label]),
                ]}
              />
            </div>
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-ink">Archived partners</legend>
              {(
                [
                  ['exclude', 'Leave them out'],
                  ['include', 'Include them'],
                  ['only', 'Show only archived'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex cursor-pointer items-center gap-2 px-1 py-1 text-sm">
                  <input
                    type="radio"
                    name="archived"
                    value={value}
                    defaultChecked={filter.archived === value}
                    className="size-4 accent-brand-700"
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          </div>
        </details>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Show partners
          </button>
          <Link href={action} className={buttonClasses('secondary')}>
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
