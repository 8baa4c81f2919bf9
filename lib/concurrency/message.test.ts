import { describe, expect, it } from 'vitest';
import { changedMeanwhileMessage } from './message';

const now = new Date('2026-03-04T23:30:00Z');

describe('when someone else saved first', () => {
  it('says the time on the organization’s clock, with the day when it was not today there', () => {
    const at = new Date('2026-03-04T23:42:00Z');
    const common = { at, thing: 'this partner', now, who: 'Morgan Lee', isSelf: false, keptInput: true };
    expect(changedMeanwhileMessage({ ...common, timeZone: 'America/Los_Angeles' })).toMatch(
      /^Morgan Lee changed this partner at 3:42 PM PST; reload/,
    );
    expect(changedMeanwhileMessage({ ...common, timeZone: 'UTC' })).toMatch(/ at 11:42 PM UTC; /);
    expect(
      changedMeanwhileMessage({
        ...common,
        at: new Date('2026-03-02T23:42:00Z'),
        timeZone: 'America/Los_Angeles',
      }),
    ).toMatch(/ on Mar 2 at 3:42 PM PST; /);
    expect(
      changedMeanwhileMessage({
        ...common,
        at: new Date('2025-12-31T18:00:00Z'),
        timeZone: 'America/Los_Angeles',
      }),
    ).toMatch(/ on Dec 31, 2025 at 10:00 AM PST; /);
  });

  it('names who, or the reader themselves from another window', () => {
    const at = new Date('2026-03-04T23:42:00Z');
    const common = { at, timeZone: 'America/Los_Angeles', thing: 'this partner', now };
    expect(changedMeanwhileMessage({ ...common, who: 'Morgan Lee', isSelf: false, keptInput: true })).toMatch(
      /^Morgan Lee changed this partner at 3:42 PM PST; reload to see their changes\. .*what you typed is still here/,
    );
    expect(changedMeanwhileMessage({ ...common, who: 'Sam', isSelf: true, keptInput: false })).toMatch(
      /^You changed this partner in another window at 3:42 PM PST; reload to see that version\. Nothing was changed/,
    );
    expect(changedMeanwhileMessage({ ...common, who: null, isSelf: false, keptInput: false })).toMatch(
      /^Someone else changed this partner/,
    );
  });
});
