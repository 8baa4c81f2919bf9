import { describe, expect, it } from 'vitest';
import { interviewFilterQuery, parseInterviewFilter, parsePage } from './list-params';

describe('the interview list filter in the address bar', () => {
  it('reads what it knows and drops the rest', () => {
    const filter = parseInterviewFilter({
      status: 'draft',
      from: '2026-01-01',
      to: 'soon',
      theme: ' childcare ',
      x: '1',
    });
    expect(filter).toEqual({ status: 'draft', from: '2026-01-01', theme: 'childcare' });
    expect(parseInterviewFilter({ status: 'archived' }).status).toBeUndefined();
  });
  it('round-trips through the query string', () => {
    const filter = parseInterviewFilter({
      guide: 'g',
      interviewer: 'm',
      partner: 'p',
      theme: 'food',
      status: 'complete',
    });
    const query = interviewFilterQuery(filter, 2);
    expect(parseInterviewFilter(Object.fromEntries(new URLSearchParams(query)))).toEqual(filter);
    expect(query).toContain('page=2');
  });
  it('pages from one', () => {
    expect(parsePage({ page: '3' })).toBe(3);
    expect(parsePage({ page: '-1' })).toBe(1);
    expect(parsePage({})).toBe(1);
  });
});
