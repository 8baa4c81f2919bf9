// Dates as people read them. No time zone is kept per organization yet, so times say they are UTC
// (as on the audit log page); a calendar day such as a follow-up date has no time zone at all.

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "2026-05-14" or a moment as "May 14, 2026". */
export function formatDay(value: string | Date | null, fallback = ''): string {
  if (!value) return fallback;
  return dayFormat.format(typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
}

/** A moment as "May 14, 2026, 3:42 PM UTC". */
export function formatMoment(value: Date): string {
  return `${dateTimeFormat.format(value)} UTC`;
}

/** True when a follow-up day is before today (UTC). */
export function isOverdue(day: string | null, now = new Date()): boolean {
  return day !== null && day < now.toISOString().slice(0, 10);
}

/** Today as a calendar day (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A calendar day some days after another. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
