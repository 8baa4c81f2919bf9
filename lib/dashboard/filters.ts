/**
 * The dashboard's filters: branch, owner and period, kept in the address bar so a link shows the
 * same numbers to a colleague. Dates are the organization's days as UTC dates (the app is UTC-only
 * for now). Pure: safe in the browser and on the server.
 */

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

const dayMs = 86_400_000;

/** Today's date in UTC, YYYY-MM-DD. */
export function utcToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  // Rejects 2026-02-30 and the like, which Date would roll over.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(text: string, days: number): string {
  return day(new Date(new Date(`${text}T00:00:00Z`).getTime() + days * dayMs));
}

/** The period a preset covers, seen from `today`. Three and twelve months are whole calendar months. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (preset === '30d') return { from: addDays(today, -29), to: today };
  if (preset === 'year') return { from: `${year}-01-01`, to: today };
  if (preset === '3m') return { from: day(new Date(Date.UTC(year, month - 1 - 2, 1))), to: today };
  return { from: day(new Date(Date.UTC(year, month - 1 - 11, 1))), to: today };
}

/**
 * The period the filter asks for. Custom dates that cannot be used are explained per field, and
 * the dashboard then shows the default period so it is never blank.
 */
export function resolvePeriod(
  filter: DashboardFilter,
  now: Date,
): { period: Period; errors: FilterErrors; usedDefault: boolean } {
  const today = utcToday(now);
  if (filter.preset !== 'custom')
    return { period: presetPeriod(filter.preset, today), errors: {}, usedDefault: false };
  const errors: FilterErrors = {};
  const from = parseDay(filter.customFrom);
  const to = parseDay(filter.customTo);
  if (!filter.customFrom) errors.from = 'Enter the first day of the period.';
  else if (!from || from.getUTCFullYear() < 1900) errors.from = 'Enter a date such as 2026-01-31.';
  if (!filter.customTo) errors.to = 'Enter the last day of the period.';
  else if (!to || to.getUTCFullYear() > 2200) errors.to = 'Enter a date such as 2026-12-31.';
  if (from && to && !errors.from && !errors.to) {
    if (to < from) errors.to = 'The last day must be on or after the first day.';
    else if ((to.getTime() - from.getTime()) / dayMs > maxPeriodDays)
      errors.to = 'Choose a period of at most ten years.';
  }
  if (errors.from || errors.to)
    return { period: presetPeriod(defaultPreset, today), errors, usedDefault: true };
  return { period: { from: filter.customFrom, to: filter.customTo }, errors, usedDefault: false };
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "1 Dec 2025" */
export function formatDay(text: string): string {
  return longDate.format(new Date(`${text}T00:00:00Z`));
}

/** "1 Dec 2025 – 28 Nov 2026" */
export function formatPeriod(period: Period): string {
  return `${formatDay(period.from)} – ${formatDay(period.to)}`;
}

/** "2026-03" → "Mar 2026" */
export function formatMonth(month: string): string {
  return monthName.format(new Date(`${month}-01T00:00:00Z`));
}
