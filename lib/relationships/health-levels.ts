// Pure: safe in the browser (the map's filters and popup use it). SQL forms are in ./health.ts.
import { type Day, daysBetween, storedDay } from '@/lib/dates/days';

/**
 * Relationship health: days since the last interaction against the organization's cadence
 * (organizations.healthCadenceDays, 90 by default). Warm within half the cadence, cooling up to
 * the cadence, cold past it. A partner nobody has been in touch with yet is `none`: not cold
 * (nothing has cooled), but listed with cold ones where a list asks "who needs contact?".
 */
export const healthLevels = ['warm', 'cooling', 'cold', 'none'] as const;
export type HealthLevel = (typeof healthLevels)[number];

export const healthLabels: Record<HealthLevel, string> = {
  warm: 'Warm',
  cooling: 'Cooling',
  cold: 'Cold',
  none: 'No contact yet',
};

/** What each level means, for filters and legends. */
export const healthOptions = healthLevels.map((level) => ({ value: level, label: healthLabels[level] }));

/**
 * Health counts whole calendar days, from the day of the last contact (stored as that day's
 * midnight UTC, lib/relationships/record.ts) to today in the organization's zone (lib/dates): the
 * same "45 days ago" the page says, whatever the hour or the server's zone. Warm while the days
 * since are at most half the cadence, cooling up to the cadence, cold past it.
 */
export function healthThresholdDays(cadenceDays: number) {
  return { warmWithin: Math.floor(cadenceDays / 2), coolingWithin: cadenceDays };
}

/** Whole days from the last contact to `today` (never negative), or null when there has been none. */
export function daysSince(lastInteractionAt: Date | string | null, today: Day): number | null {
  if (!lastInteractionAt) return null;
  return Math.max(0, daysBetween(storedDay(lastInteractionAt), today));
}

export function healthOf(
  lastInteractionAt: Date | string | null,
  cadenceDays: number,
  today: Day,
): HealthLevel {
  const days = daysSince(lastInteractionAt, today);
  if (days === null) return 'none';
  const { warmWithin, coolingWithin } = healthThresholdDays(cadenceDays);
  if (days <= warmWithin) return 'warm';
  if (days <= coolingWithin) return 'cooling';
  return 'cold';
}
