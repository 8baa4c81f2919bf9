import { describe, expect, it } from 'vitest';
import { daysSince, healthOf } from './health';

const now = new Date('2026-11-28T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('healthOf', () => {
  it('is warm within half the cadence, cooling up to it, cold past it', () => {
    expect(healthOf(daysAgo(0), 90, now)).toBe('warm');
    expect(healthOf(daysAgo(45), 90, now)).toBe('warm');
    expect(healthOf(daysAgo(46), 90, now)).toBe('cooling');
    expect(healthOf(daysAgo(90), 90, now)).toBe('cooling');
    expect(healthOf(daysAgo(91), 90, now)).toBe('cold');
  });
  it('counts whole days, so a contact 45 days ago is warm whatever the time of day', () => {
    // A contact's day is stored as its midnight; "45 days ago" must read the same as the level.
    expect(healthOf(new Date('2026-10-14T00:00:00Z'), 90, now)).toBe('warm');
    expect(healthOf(new Date('2026-10-13T11:59:59Z'), 90, now)).toBe('cooling');
    expect(healthOf(new Date('2026-08-30T00:00:00Z'), 90, now)).toBe('cooling');
    expect(healthOf(new Date('2026-08-29T00:00:00Z'), 90, now)).toBe('cold');
  });
  it('follows the organization’s cadence', () => {
    expect(healthOf(daysAgo(20), 30, now)).toBe('cooling');
    expect(healthOf(daysAgo(31), 30, now)).toBe('cold');
  });
  it('says no contact yet when there has been none', () => {
    expect(healthOf(null, 90, now)).toBe('none');
    expect(daysSince(null, now)).toBeNull();
    expect(daysSince(daysAgo(12), now)).toBe(12);
  });
});
