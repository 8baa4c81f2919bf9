// Dates as staff read them, one format everywhere: a day is "Nov 1, 2026", a moment is
// "Nov 1, 2026, 10:30 PM PST" (the zone's short name says which clock it is, and changes with
// summer time). Moments are always shown in the organization's zone, never the server's or the
// browser's. Pure: safe in the browser.
import { type Day, dayToUtcDate } from './days';
import { dayOf, formatterFor, zoneAbbreviation } from './zone';

// Newer ICU data puts a narrow no-break space before AM/PM; plain text reads better with a space.
const plain = (text: string) => text.replace(/\u202f/g, ' ');

/** A calendar day: "Nov 1, 2026", or the fallback when there is none. */
export function formatDay(day: Day | null | undefined, fallback = ''): string {
  if (!day) return fallback;
  return formatterFor('UTC', { dateStyle: 'medium' }).format(dayToUtcDate(day));
}

/** A day with its weekday, where the weekday helps plan: "Sun, Nov 1, 2026" (follow-ups' due days). */
export function formatDayWithWeekday(day: Day): string {
  return formatterFor('UTC', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(
    dayToUtcDate(day),
  );
}

/** The day a moment fell on in the zone: "Nov 1, 2026", or the fallback when there is none. */
export function formatDayOf(at: Date | null | undefined, zone: string, fallback = ''): string {
  return at ? formatDay(dayOf(at, zone)) : fallback;
}

/** A moment in the zone: "Nov 1, 2026, 10:30 PM PST". */
export function formatMoment(at: Date, zone: string): string {
  const text = formatterFor(zone, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return `${plain(text)} ${zoneAbbreviation(zone, at)}`;
}

/** The time of a moment in the zone: "10:30 PM PST". */
export function formatTime(at: Date, zone: string): string {
  const text = formatterFor(zone, { hour: 'numeric', minute: '2-digit' }).format(at);
  return `${plain(text)} ${zoneAbbreviation(zone, at)}`;
}

/**
 * A moment relative to today, for "changed … ; reload": "at 3:42 PM PST" on the same day in the
 * zone, "on Mar 4 at 3:42 PM PST" another day this year, "on Mar 4, 2025 at …" before.
 */
export function formatMomentNearby(at: Date, zone: string, now = new Date()): string {
  const time = formatTime(at, zone);
  const day = dayOf(at, zone);
  const current = dayOf(now, zone);
  if (day === current) return `at ${time}`;
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
  if (day.slice(0, 4) !== current.slice(0, 4)) options.year = 'numeric';
  return `on ${formatterFor('UTC', options).format(dayToUtcDate(day))} at ${time}`;
}

/** "2026-03" → "Mar 2026" */
export function formatMonth(month: string): string {
  return formatterFor('UTC', { month: 'short', year: 'numeric' }).format(dayToUtcDate(`${month}-01`));
}

/** "Dec 1, 2025 – Nov 28, 2026" */
export function formatPeriod(period: { from: Day; to: Day }): string {
  return `${formatDay(period.from)} – ${formatDay(period.to)}`;
}
