// Pure: safe in the browser (the map's filters and popup use it). SQL forms are in ./health.ts.

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

const dayMs = 86_400_000;

/**
 * The instants that separate the levels, for a cadence, seen from `now`: a contact after
 * `warmAfter` is warm, after `coolingAfter` cooling, else cold. Counted in whole days since the
 * contact (as daysSince says them), so "45 days ago" is warm for a 90-day cadence whatever the
 * time of day: warm while the whole days since are at most half the cadence, cooling up to it.
 */
export function healthThresholds(cadenceDays: number, now: Date) {
  return {
    warmAfter: new Date(now.getTime() - (Math.floor(cadenceDays / 2) + 1) * dayMs),
    coolingAfter: new Date(now.getTime() - (cadenceDays + 1) * dayMs),
  };
}

export function healthOf(
  lastInteractionAt: Date | string | null,
  cadenceDays: number,
  now: Date,
): HealthLevel {
  if (!lastInteractionAt) return 'none';
  const last = new Date(lastInteractionAt);
  const { warmAfter, coolingAfter } = healthThresholds(cadenceDays, now);
  if (last > warmAfter) return 'warm';
  if (last > coolingAfter) return 'cooling';
  return 'cold';
}

export function daysSince(lastInteractionAt: Date | string | null, now: Date): number | null {
  if (!lastInteractionAt) return null;
  return Math.max(0, Math.floor((now.getTime() - new Date(lastInteractionAt).getTime()) / dayMs));
}
