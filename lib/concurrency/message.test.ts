import { describe, expect, it } from 'vitest';
import { changedMeanwhileMessage, formatChangeTime } from './message';

const now = new Date('2026-03-04T23:30:00Z');

describe('when someone else saved first', () => {
  it('says the time in the reader’s zone, with the day when it was not today', () => {
    expect(formatChangeTime(new Date('2026-03-04T23:42:00Z'), 'America/Los_Angeles', now)).toBe('at 3:42 PM');
    expect(formatChangeTime(new Date('2026-03-02T23:42:00Z'), 'America/Los_Angeles', now)).toBe(
      'on Mar 2 at 3:42 PM',
    );
    expect(formatChangeTime(new Date('2025-12-31T18:00:00Z'), 'America/Los_Angeles', now)).toBe(
      'on Dec 31, 2025 at 10:00 AM',
    );
  });

  it('falls back to UTC, and says so, without a usable zone', () => {
    expect(formatChangeTime(new Date('2026-03-04T15:42:00Z'), '', now)).toBe('at 3:42 PM UTC');
    expect(formatChangeTime(new Date('2026-03-04T15:42:00Z'), 'Not/AZone', now)).toBe('at 3:42 PM UTC');
  });

  it('names who, or the reader themselves from another window', () => {
    const at = new Date('2026-03-04T23:42:00Z');
    const common = { at, timeZone: 'America/Los_Angeles', thing: 'this partner', now };
    expect(changedMeanwhileMessage({ ...common, who: 'Morgan Lee', isSelf: false, keptInput: true })).toMatch(
      /^Morgan Lee changed this partner at 3:42 PM; reload to see their changes\. .*what you typed is still here/,
    );
    expect(changedMeanwhileMessage({ ...common, who: 'Sam', isSelf: true, keptInput: false })).toMatch(
      /^You changed this partner in another window at 3:42 PM; reload to see that version\. Nothing was changed/,
    );
    expect(changedMeanwhileMessage({ ...common, who: null, isSelf: false, keptInput: false })).toMatch(
      /^Someone else changed this partner/,
    );
  });
});
