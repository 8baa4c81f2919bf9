import { describe, expect, it } from 'vitest';
import { latestSlot } from './schedule';

describe('the latest digest slot', () => {
  const zone = 'America/Los_Angeles';
  it('is today from 8 am in the organization’s zone, else yesterday', () => {
    // 2026-12-08 is a Tuesday; 15:59Z is 7:59 am in Los Angeles, 16:00Z is 8:00.
    expect(latestSlot('daily', zone, new Date('2026-12-08T15:59:00Z'))).toBe('2026-12-07');
    expect(latestSlot('daily', zone, new Date('2026-12-08T16:00:00Z'))).toBe('2026-12-08');
    // Already the 9th in UTC, still the 8th in Los Angeles.
    expect(latestSlot('daily', zone, new Date('2026-12-09T05:00:00Z'))).toBe('2026-12-08');
  });

  it('is the latest Monday 8 am for the weekly digest, so a pass after downtime catches it up', () => {
    expect(latestSlot('weekly', zone, new Date('2026-12-07T15:00:00Z'))).toBe('2026-11-30');
    expect(latestSlot('weekly', zone, new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-07');
    expect(latestSlot('weekly', zone, new Date('2026-12-10T12:00:00Z'))).toBe('2026-12-07');
    expect(latestSlot('weekly', 'Pacific/Kiritimati', new Date('2026-12-06T18:00:00Z'))).toBe('2026-12-07');
  });
});
