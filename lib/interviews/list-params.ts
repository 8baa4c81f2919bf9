import { interviewStatuses } from '@/db/schema/vocabulary';
import type { InterviewFilter } from './queries';

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string {
  const value = params[key];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/** The interview list's filter from the address bar; anything unreadable is ignored. */
export function parseInterviewFilter(params: Params): InterviewFilter {
  const status = one(params, 'status');
  const from = one(params, 'from');
  const to = one(params, 'to');
  return {
    guideId: one(params, 'guide') || undefined,
    interviewerId: one(params, 'interviewer') || undefined,
    partnerId: one(params, 'partner') || undefined,
    theme: one(params, 'theme').slice(0, 60) || undefined,
    from: day.test(from) ? from : undefined,
    to: day.test(to) ? to : undefined,
    status: (interviewStatuses as readonly string[]).includes(status)
      ? (status as InterviewFilter['status'])
      : undefined,
  };
}

export function interviewFilterQuery(filter: InterviewFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.guideId) params.set('guide', filter.guideId);
  if (filter.interviewerId) params.set('interviewer', filter.interviewerId);
  if (filter.partnerId) params.set('partner', filter.partnerId);
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.status) params.set('status', filter.status);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

export function parsePage(params: Params): number {
  const page = Number(one(params, 'page'));
  return Number.isInteger(page) && page > 0 && page < 100_000 ? page : 1;
}
