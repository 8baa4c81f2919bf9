import type { DigestFrequency } from '@/db/schema/vocabulary';
import { addDays, type Day, localDateTime } from '@/lib/dates';

/** Digests go out at this hour of the organization's day; weekly ones on Mondays. */
export const digestHour = 8;

/**
 * The day of the latest digest slot at or before `now` for this frequency: today when it is past
 * 8 am in the zone, else the day before (weekly: the latest Monday so reached). A pass after the app
 * was down plans that latest slot, so a missed digest goes out late rather than not at all, and
 * a day's or a week's digest is never sent twice.
 */
export function latestSlot(frequency: Exclude<DigestFrequency, 'off'>, zone: string, now: Date): Day {
  const [day, time] = localDateTime(now, zone).split(' ') as [Day, string];
  const hour = Number(time.slice(0, 2));
  let slot = hour >= digestHour ? day : addDays(day, -1);
  if (frequency === 'weekly') {
    // 0 is Sunday; step back to Monday.
    const weekday = new Date(`${slot}T00:00:00Z`).getUTCDay();
    slot = addDays(slot, -((weekday + 6) % 7));
  }
  return slot;
}
