import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { isResourceFilterEmpty, type ResourceFilter } from '@/lib/resources/validation';
import { kindOptions, topicOptions } from '@/lib/resources/vocabulary';

const control =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40';

/**
 * Search and filters as a plain GET form: the choice lives in the address bar, so a link shows the
 * same list, and it works before any script has loaded.
 */
export function ResourceFilters({ filter, kinds }: { filter: ResourceFilter; kinds: readonly string[] }) {
  // Only kinds that something is filed under, so no choice leads to an empty list by construction.
  const kindChoices = kindOptions.filter(
    (option) => kinds.includes(option.value) || option.value === filter.kind,
  );
  return (
    <search aria-label="Search resources">
      <form method="get" action="/resources" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
          <div className="space-y-1">
            <label htmlFor="resource-q" className="block text-sm font-medium text-ink">
              Search
            </label>
            <input
              id="resource-q"
              type="search"
              name="q"
              defaultValue={filter.q}
              maxLength={200}
              aria-describedby="resource-q-hint"
              className={control}
            />
            <p id="resource-q-hint" className="text-sm text-muted">
              Words from a title, an author or a summary, e.g. “webinar” or “teens”.
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="resource-topic" className="block text-sm font-medium text-ink">
              Topic
            </label>
            <select id="resource-topic" name="topic" defaultValue={filter.topic ?? ''} className={control}>
              <option value="">All topics</option>
              {topicOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="resource-kind" className="block text-sm font-medium text-ink">
              Kind
            </label>
            <select id="resource-kind" name="kind" defaultValue={filter.kind ?? ''} className={control}>
              <option value="">All kinds</option>
              {kindChoices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Show resources
          </button>
          {isResourceFilterEmpty(filter) ? null : (
            <Link href="/resources" className={buttonClasses('secondary')}>
              Clear search and filters
            </Link>
          )}
        </div>
      </form>
    </search>
  );
}
