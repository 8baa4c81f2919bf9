import { z } from 'zod';
import { isRealDay } from './days';
import { listedTimeZone } from './zone';

// Form fields of dates and zones, shared by every form, action and archive that takes one.

const realDayMessage = 'Enter a real date, like 2026-05-14.';

/** A required day from a form field. */
export function daySchema(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine((value) => isRealDay(value), realDayMessage);
}

/** An optional day: '' or missing becomes null. */
export const optionalDaySchema = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
  .refine((value) => value === '' || isRealDay(value), realDayMessage)
  .transform((value) => (value === '' ? null : value));

export const timeZoneMessage = 'Choose your library’s time zone from the list.';

/** An organization's time zone: a name from the list (aliases become the listed spelling). */
export const timeZoneSchema = z
  .string({ error: timeZoneMessage })
  .trim()
  .transform((value, ctx) => {
    const zone = listedTimeZone(value);
    if (!zone) {
      ctx.addIssue({ code: 'custom', message: timeZoneMessage });
      return z.NEVER;
    }
    return zone;
  });
