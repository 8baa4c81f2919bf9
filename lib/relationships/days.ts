import { z } from 'zod';

// Calendar days (YYYY-MM-DD, what a date input sends). The organization has no time zone yet, so
// "today" is the UTC day, as on the partner pages (app/(app)/partners/format.ts).

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isRealDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= 2000 && year <= 2100
  );
}

/** A required day from a form field. */
export function daySchema(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isRealDay, 'Enter a real date, like 2026-05-14.');
}

/** An optional day: '' or missing becomes null. */
export const optionalDaySchema = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
  .refine((value) => value === '' || isRealDay(value), 'Enter a real date, like 2026-05-14.')
  .transform((value) => (value === '' ? null : value));

/** The later of two days (YYYY-MM-DD strings sort as dates). */
export function laterDay(a: string, b: string): string {
  return [a, b].sort()[1]!;
}
