import { describe, expect, it } from 'vitest';
import { formatPeriod, today } from '@/lib/dates';
import { dashboardFilterToSearchParams, parseDashboardFilter, presetPeriod, resolvePeriod } from './filters';

const now = today('UTC', new Date('2026-11-28T23:30:00Z'));
const branch = '00000000-0000-4000-8000-00000000b001';

describe('the dashboard filter in the address bar', () => {
  it('reads branch, owner and period, dropping what it does not know', () => {
    expect(parseDashboardFilter(new URLSearchParams(`branch=${branch}&owner=none&period=year`))).toEqual({
      branch,
      owner: 'none',
      preset: 'year',
      customFrom: '',
      customTo: '',
    });
    expect(parseDashboardFilter({ branch: 'x; drop', owner: '', period: 'forever' })).toMatchObject({
      branch: null,
      owner: null,
      preset: '12m',
    });
  });

  it('writes a short link: defaults left out, dates only for a custom period', () => {
    const filter = parseDashboardFilter({ branch, period: '12m', from: '2026-01-01', to: '' });
    expect(dashboardFilterToSearchParams(filter).toString()).toBe(`branch=${branch}`);
    const custom = parseDashboardFilter({ period: 'custom', from: '2026-01-01', to: '2026-03-31' });
    expect(dashboardFilterToSearchParams(custom).toString()).toBe(
      'period=custom&from=2026-01-01&to=2026-03-31',
    );
  });
});

describe('the period', () => {
  it('covers the last 30 days, twelve whole months, or this year, seen from the organization’s today', () => {
    expect(presetPeriod('30d', '2026-11-28')).toEqual({ from: '2026-10-30', to: '2026-11-28' });
    expect(presetPeriod('12m', '2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-28' });
    expect(presetPeriod('12m', '2026-01-05')).toEqual({ from: '2025-02-01', to: '2026-01-05' });
    expect(presetPeriod('year', '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(presetPeriod('3m', '2026-11-28')).toEqual({ from: '2026-09-01', to: '2026-11-28' });
    expect(presetPeriod('3m', '2026-02-10')).toEqual({ from: '2025-12-01', to: '2026-02-10' });
    expect(resolvePeriod(parseDashboardFilter({}), now).period).toEqual({
      from: '2025-12-01',
      to: '2026-11-28',
    });
  });

  it('takes custom dates, and explains ones it cannot use beside each field', () => {
    const ok = resolvePeriod(
      parseDashboardFilter({ period: 'custom', from: '2026-02-01', to: '2026-02-28' }),
      now,
    );
    expect(ok).toEqual({ period: { from: '2026-02-01', to: '2026-02-28' }, errors: {}, usedDefault: false });
    const bad = resolvePeriod(parseDashboardFilter({ period: 'custom', from: '2026-02-30', to: '' }), now);
    expect(bad.errors).toEqual({
      from: 'Enter a date such as 2026-01-31.',
      to: 'Enter the last day of the period.',
    });
    expect(bad.usedDefault).toBe(true);
    expect(bad.period).toEqual({ from: '2025-12-01', to: '2026-11-28' });
    const backwards = resolvePeriod(
      parseDashboardFilter({ period: 'custom', from: '2026-03-01', to: '2026-02-01' }),
      now,
    );
    expect(backwards.errors).toEqual({ to: 'The last day must be on or after the first day.' });
    const long = resolvePeriod(
      parseDashboardFilter({ period: 'custom', from: '2000-01-01', to: '2026-01-01' }),
      now,
    );
    expect(long.errors.to).toMatch(/ten years/);
  });

  it('reads as dates people say', () => {
    expect(formatPeriod({ from: '2025-12-01', to: '2026-11-28' })).toBe('Dec 1, 2025 – Nov 28, 2026');
  });
});
