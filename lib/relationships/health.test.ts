import { describe, expect, it } from 'vitest';
import { today } from '@/lib/dates';
import { daysSince, healthOf } from './health';

const now = new Date('2026-11-28T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
// Today in a UTC organization; the integration tests cover other zones.
const day = today('UTC', now);

describe('healthOf', () => {
  it('is warm within half the cadence, cooling up to it, cold past it', () => {
    expect(healthOf(daysAgo(0), 90, day)).toBe('warm');
    expect(healthOf(daysAgo(45), 90, day)).toBe('warm');
    expect(healthOf(daysAgo(46), 90, day)).toBe('cooling');
    expect(healthOf(daysAgo(90), 90, day)).toBe('cooling');
    expect(healthOf(daysAgo(91), 90, day)).toBe('cold');
  });
  it('counts whole days, so a contact 45 days ago is warm whatever the time of day', () => {
    // A contact's day is stored as its midnight; "45 days ago" must read the same as the level.
    expect(healthOf(new Date('2026-10-14T00:00:00Z'), 90, day)).toBe('warm');
    expect(healthOf(new Date('2026-10-13T11:59:59Z'), 90, day)).toBe('cooling');
    expect(healthOf(new Date('2026-08-30T00:00:00Z'), 90, day)).toBe('cooling');
    expect(healthOf(new Date('2026-08-29T00:00:00Z'), 90, day)).toBe('cold');
  });
  it('follows the organization’s cadence', () => {
    expect(healthOf(daysAgo(20), 30, day)).toBe('cooling');
    expect(healthOf(daysAgo(31), 30, day)).toBe('cold');
  });
  it('says no contact yet when there has been none', () => {
    expect(healthOf(null, 90, day)).toBe('none');
    expect(daysSince(null, day)).toBeNull();
    expect(daysSince(daysAgo(12), day)).toBe(12);
  });
  it('counts from today in the organization’s zone, not the server’s', () => {
    // 06:30 UTC on Monday 2 November is still Sunday evening, 1 November, in Los Angeles.
    const mondayUtc = new Date('2026-11-02T06:30:00Z');
    const sunday = today('America/Los_Angeles', mondayUtc);
    expect(daysSince(new Date('2026-10-02T00:00:00Z'), sunday)).toBe(30);
    expect(daysSince(new Date('2026-10-02T00:00:00Z'), today('UTC', mondayUtc))).toBe(31);
    expect(healthOf(new Date('2026-09-17T00:00:00Z'), 90, sunday)).toBe('warm');
    expect(healthOf(new Date('2026-09-17T00:00:00Z'), 90, today('UTC', mondayUtc))).toBe('cooling');
  });
});
