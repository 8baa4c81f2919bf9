import { type PartnerFilter, partnerFilterToSearchParams } from './filters';

// The list page's own address-bar settings, beside the shared filter: sort order and page. Pure.

export const partnerSorts = ['name', 'updated', 'stage'] as const;
export type PartnerSort = (typeof partnerSorts)[number];
export const partnerSortOptions: { value: PartnerSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'updated', label: 'Recently updated' },
  { value: 'stage', label: 'Stage' },
];

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseSort(params: Params): PartnerSort {
  const value = first(params.sort);
  return (partnerSorts as readonly string[]).includes(value ?? '') ? (value as PartnerSort) : 'name';
}

export function parsePage(params: Params): number {
  const value = Number(first(params.page));
  return Number.isSafeInteger(value) && value >= 1 ? value : 1;
}

/** The list's address: the filter, then sort and page when they are not the defaults. */
export function partnerListQuery(filter: PartnerFilter, sort: PartnerSort, page = 1): string {
  const params = partnerFilterToSearchParams(filter);
  if (sort !== 'name') params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

/** The same query written as the form sent it, sorted, to compare with the tidy one. */
export function normalisedQuery(params: Params): string {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      entries.push([key, item]);
    }
  }
  return new URLSearchParams(
    entries.sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y)),
  ).toString();
}

/** The tidy query, sorted the same way, so the two compare equal when nothing needs tidying. */
export function sortedQuery(query: string): string {
  return normalisedQuery(Object.fromEntries(groupEntries(new URLSearchParams(query))));
}

function groupEntries(params: URLSearchParams): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const [key, value] of params) out.set(key, [...(out.get(key) ?? []), value]);
  return [...out.entries()];
}
