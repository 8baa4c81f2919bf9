// Calendar days: "2026-11-01", what a date input sends and what a `date` column holds. A day has no
// time zone; which day it is *today* does (./zone.ts). Pure: safe in the browser.

/** A calendar day as YYYY-MM-DD. */
export type Day = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Midnight UTC of a day: the one instant a day is turned into for arithmetic and formatting. */
export function dayToUtcDate(day: Day): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

function utcDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** True for a day that exists (no 2026-02-30), between the years given. */
export function isRealDay(value: string, { minYear = 2000, maxYear = 2100 } = {}): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const date = dayToUtcDate(value);
  return !Number.isNaN(date.getTime()) && utcDay(date) === value && year >= minYear && year <= maxYear;
}

/** A calendar day some days after (or, negative, before) another. */
export function addDays(day: Day, days: number): Day {
  const date = dayToUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** The first day of the month some months after (or before) the month of `day`. */
export function firstOfMonth(day: Day, monthsLater = 0): Day {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return utcDay(new Date(Date.UTC(year, month - 1 + monthsLater, 1)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToUtcDate(to).getTime() - dayToUtcDate(from).getTime()) / dayMs);
}

/** The later of two days (YYYY-MM-DD strings sort as dates). */
export function laterDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** "2026-03": the month a day is in, as the dashboard's monthly buckets name it. */
export function monthKey(day: Day): string {
  return day.slice(0, 7);
}

/**
 * The day a stored "day as an instant" stands for. partners.lastInteractionAt holds the day of the
 * latest interaction as that day's midnight UTC (lib/relationships/record.ts), so its UTC date is
 * the day, whatever the organization's zone.
 */
export function storedDay(at: Date | string): Day {
  return utcDay(new Date(at));
}

/** True when a due day is before today (the organization's, ./zone.ts). */
export function isOverdue(day: Day | null, today: Day): boolean {
  return day !== null && day < today;
}
