/**
 * The dashboard's filters: branch, owner and period, kept in the address bar so a link shows the
 * same numbers to a colleague. Dates are calendar days of the organization, counted from today in
 * its time zone (lib/dates). Pure: safe in the browser and on the server.
 */
import { addDays, type Day, daysBetween, firstOfMonth, isRealDay } from '@/lib/dates';

export const periodPresets = ['30d', '3m', '12m', 'year', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const periodLabels: Record<PeriodPreset, string> = {
  '30d': 'Last 30 days',
  '3m': 'Last 3 months',
  '12m': 'Last 12 months',
  year: 'This year',
  custom: 'Custom dates',
};

export const defaultPreset = '12m' satisfies PeriodPreset;

/** The longest custom period: ten years of months is as much as a chart can show. */
export const maxPeriodDays = 3660;

export type DashboardFilter = {
  /** A branch id, 'none' for partners with no primary branch, or null for every branch. */
  branch: string | null;
  /** A membership id of the staff liaison, 'none' for partners with no liaison, or null for anyone. */
  owner: string | null;
  preset: PeriodPreset;
  /** The custom dates as typed, kept so a mistake can be corrected rather than retyped. */
  customFrom: string;
  customTo: string;
};

/** The period the numbers cover: first and last day, both included (YYYY-MM-DD). */
export type Period = { from: string; to: string };

export type FilterErrors = { from?: string; to?: string };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(source: ParamSource, key: string): string {
  const value = source instanceof URLSearchParams ? source.get(key) : source[key];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}

const idPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|none)$/i;

/** Reads the filter from the address bar; unknown values fall back to the defaults. */
export function parseDashboardFilter(source: ParamSource): DashboardFilter {
  const branch = first(source, 'branch');
  const owner = first(source, 'owner');
  const preset = first(source, 'period');
  return {
    branch: idPattern.test(branch) ? branch.toLowerCase() : null,
    owner: idPattern.test(owner) ? owner.toLowerCase() : null,
    preset: (periodPresets as readonly string[]).includes(preset) ? (preset as PeriodPreset) : defaultPreset,
    customFrom: first(source, 'from').slice(0, 20),
    customTo: first(source, 'to').slice(0, 20),
  };
}

/** The filter for the address bar, leaving out what is default; custom dates only with `custom`. */
export function dashboardFilterToSearchParams(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.branch) params.set('branch', filter.branch);
  if (filter.owner) params.set('owner', filter.owner);
  if (filter.preset !== defaultPreset) params.set('period', filter.preset);
  if (filter.preset === 'custom') {
    if (filter.customFrom) params.set('from', filter.customFrom);
    if (filter.customTo) params.set('to', filter.customTo);
  }
  return params;
}

/** The period a preset covers, seen from `today`. Three and twelve months are whole calendar months. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: Day): Period {
  if (preset === '30d') return { from: addDays(today, -29), to: today };
  if (preset === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  if (preset === '3m') return { from: firstOfMonth(today, -2), to: today };
  return { from: firstOfMonth(today, -11), to: today };
}

/** A typed day the dashboard can use: a real day from 1900 to 2200. */
const usableDay = (text: string) => isRealDay(text, { minYear: 1900, maxYear: 2200 });

/**
 * The period the filter asks for. Custom dates that cannot be used are explained per field, and
 * the dashboard then shows the default period so it is never blank.
 */
export function resolvePeriod(
  filter: DashboardFilter,
  today: Day,
): { period: Period; errors: FilterErrors; usedDefault: boolean } {
  if (filter.preset !== 'custom')
    return { period: presetPeriod(filter.preset, today), errors: {}, usedDefault: false };
  const errors: FilterErrors = {};
  const from = filter.customFrom;
  const to = filter.customTo;
  if (!from) errors.from = 'Enter the first day of the period.';
  else if (!usableDay(from)) errors.from = 'Enter a date such as 2026-01-31.';
  if (!to) errors.to = 'Enter the last day of the period.';
  else if (!usableDay(to)) errors.to = 'Enter a date such as 2026-12-31.';
  if (!errors.from && !errors.to) {
    if (to < from) errors.to = 'The last day must be on or after the first day.';
    else if (daysBetween(from, to) > maxPeriodDays) errors.to = 'Choose a period of at most ten years.';
  }
  if (errors.from || errors.to)
    return { period: presetPeriod(defaultPreset, today), errors, usedDefault: true };
  return { period: { from: filter.customFrom, to: filter.customTo }, errors, usedDefault: false };
}
