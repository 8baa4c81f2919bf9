import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, firstOfMonth, isRealDay, laterDay, monthKey, storedDay } from './days';
import {
  formatDay,
  formatDayOf,
  formatDayWithWeekday,
  formatMoment,
  formatMomentNearby,
  formatMonth,
  formatPeriod,
  formatTime,
} from './format';
import { timeZoneSchema } from './schemas';
import {
  canonicalTimeZone,
  dayOf,
  listedTimeZone,
  localDateTime,
  timeZoneLabel,
  timeZoneNames,
  timeZoneOptions,
  today,
  zoneAbbreviation,
} from './zone';

const la = 'America/Los_Angeles';

describe('today, in the organization’s zone', () => {
  it('is still Sunday evening in Los Angeles when it is Monday in UTC', () => {
    const mondayUtc = new Date('2026-11-02T06:30:00Z');
    expect(today(la, mondayUtc)).toBe('2026-11-01');
    expect(today('UTC', mondayUtc)).toBe('2026-11-02');
  });

  it('puts one moment on two days either side of the date line', () => {
    // Kiritimati is UTC+14, Pago Pago UTC−11: 25 hours apart, so never the same day.
    for (const at of [
      '2026-06-15T00:00:00Z',
      '2026-06-15T09:59:00Z',
      '2026-06-15T10:00:00Z',
      '2026-06-15T23:59:00Z',
    ]) {
      const moment = new Date(at);
      const east = today('Pacific/Kiritimati', moment);
      const west = today('Pacific/Pago_Pago', moment);
      expect(daysBetween(west, east), at).toBeGreaterThanOrEqual(1);
    }
    expect(today('Pacific/Kiritimati', new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-16');
    expect(today('Pacific/Pago_Pago', new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-14');
    expect(today('Pacific/Auckland', new Date('2026-06-15T11:59:00Z'))).toBe('2026-06-15');
    expect(today('Pacific/Auckland', new Date('2026-06-15T12:00:00Z'))).toBe('2026-06-16');
  });

  it('turns over at local midnight on both sides of a daylight-saving change', () => {
    // Spring forward on 2026-03-08 (PST, UTC−8, before; PDT, UTC−7, after).
    expect(today(la, new Date('2026-03-08T07:59:00Z'))).toBe('2026-03-07');
    expect(today(la, new Date('2026-03-08T08:00:00Z'))).toBe('2026-03-08');
    expect(today(la, new Date('2026-03-09T06:59:00Z'))).toBe('2026-03-08');
    expect(today(la, new Date('2026-03-09T07:00:00Z'))).toBe('2026-03-09');
    // Fall back on 2026-11-01 (PDT before, PST after): that day is 25 hours long.
    expect(today(la, new Date('2026-11-01T06:59:00Z'))).toBe('2026-10-31');
    expect(today(la, new Date('2026-11-01T07:00:00Z'))).toBe('2026-11-01');
    expect(today(la, new Date('2026-11-02T07:59:00Z'))).toBe('2026-11-01');
    expect(today(la, new Date('2026-11-02T08:00:00Z'))).toBe('2026-11-02');
  });
});

describe('moments as people read them', () => {
  it('says the organization’s clock, with its short name, which follows summer time', () => {
    // Issue 15: "Completed … 1:27 AM UTC" beside "saved at 5:27 PM"; both are 5:27 PM in Los Angeles.
    expect(formatMoment(new Date('2026-11-02T01:27:00Z'), la)).toBe('Nov 1, 2026, 5:27 PM PST');
    expect(formatMoment(new Date('2026-07-02T00:27:00Z'), la)).toBe('Jul 1, 2026, 5:27 PM PDT');
    expect(formatMoment(new Date('2026-03-08T09:59:00Z'), la)).toBe('Mar 8, 2026, 1:59 AM PST');
    expect(formatMoment(new Date('2026-03-08T10:00:00Z'), la)).toBe('Mar 8, 2026, 3:00 AM PDT');
    expect(formatMoment(new Date('2026-11-02T01:27:00Z'), 'UTC')).toBe('Nov 2, 2026, 1:27 AM UTC');
    expect(formatTime(new Date('2026-11-02T01:27:00Z'), la)).toBe('5:27 PM PST');
    expect(zoneAbbreviation('Pacific/Kiritimati', new Date('2026-06-15T10:00:00Z'))).toBe('GMT+14');
  });

  it('puts a moment on the zone’s day', () => {
    const at = new Date('2026-11-02T06:30:00Z');
    expect(dayOf(at, la)).toBe('2026-11-01');
    expect(formatDayOf(at, la)).toBe('Nov 1, 2026');
    expect(formatDayOf(at, 'Pacific/Kiritimati')).toBe('Nov 2, 2026');
    expect(formatDayOf(null, la, 'Never')).toBe('Never');
    expect(localDateTime(at, la)).toBe('2026-11-01 22:30:00');
    expect(localDateTime(new Date('2026-06-15T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-06-16 00:00:00');
  });

  it('says a nearby moment shortly, in the zone', () => {
    const now = new Date('2026-11-02T06:30:00Z');
    expect(formatMomentNearby(new Date('2026-11-02T01:27:00Z'), la, now)).toBe('at 5:27 PM PST');
    expect(formatMomentNearby(new Date('2026-11-02T01:27:00Z'), 'UTC', now)).toBe('at 1:27 AM UTC');
    expect(formatMomentNearby(new Date('2026-10-30T18:00:00Z'), la, now)).toBe('on Oct 30 at 11:00 AM PDT');
    expect(formatMomentNearby(new Date('2025-03-04T22:42:00Z'), la, now)).toBe(
      'on Mar 4, 2025 at 2:42 PM PST',
    );
  });

  it('writes days, months and periods one way', () => {
    expect(formatDay('2026-11-01')).toBe('Nov 1, 2026');
    expect(formatDay(null, 'Never')).toBe('Never');
    expect(formatDayWithWeekday('2026-11-01')).toBe('Sun, Nov 1, 2026');
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatPeriod({ from: '2025-12-01', to: '2026-11-28' })).toBe('Dec 1, 2025 – Nov 28, 2026');
  });
});

describe('calendar days', () => {
  it('count across month ends, leap days and summer time alike', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
    expect(firstOfMonth('2026-01-15', -11)).toBe('2025-02-01');
    expect(firstOfMonth('2026-11-28')).toBe('2026-11-01');
    expect(monthKey('2026-11-28')).toBe('2026-11');
    expect(laterDay('2026-11-01', '2026-10-31')).toBe('2026-11-01');
  });

  it('refuse days that do not exist', () => {
    expect(isRealDay('2026-02-28')).toBe(true);
    expect(isRealDay('2026-02-30')).toBe(false);
    expect(isRealDay('2026-2-3')).toBe(false);
    expect(isRealDay('1850-01-01')).toBe(false);
    expect(isRealDay('1950-01-01', { minYear: 1900 })).toBe(true);
  });

  it('read a stored day back whole', () => {
    expect(storedDay(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01');
    expect(storedDay('2026-11-01T23:59:59Z')).toBe('2026-11-01');
  });
});

describe('the zones an organization may choose', () => {
  it('lists UTC first, then every zone Intl knows', () => {
    const names = timeZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names).toContain(la);
    expect(names).toContain('Pacific/Kiritimati');
    expect(new Set(names).size).toBe(names.length);
    const options = timeZoneOptions(new Date('2026-01-15T12:00:00Z'));
    expect(options.find((o) => o.value === la)?.label).toBe('America/Los Angeles · Pacific Time (GMT-8)');
    expect(timeZoneLabel('UTC')).toMatch(/^UTC/);
  });

  it('takes a zone by any of its names, and nothing else', () => {
    expect(listedTimeZone(la)).toBe(la);
    expect(listedTimeZone('US/Pacific')).toBe(la);
    expect(listedTimeZone('Etc/UTC')).toBe('UTC');
    expect(listedTimeZone(listedTimeZone('Asia/Kolkata')!)).toBe(listedTimeZone('Asia/Calcutta'));
    expect(listedTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(listedTimeZone('+05:30')).toBeNull();
    expect(listedTimeZone('')).toBeNull();
    expect(canonicalTimeZone('GMT')).toBe('UTC');
    expect(timeZoneSchema.safeParse(' America/Los_Angeles ').data).toBe(la);
    expect(timeZoneSchema.safeParse('Pacific/Atlantis').success).toBe(false);
  });
});
