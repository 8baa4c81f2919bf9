import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { addDays } from '@/lib/dates';
import { dayStartsAt } from '@/lib/dates/sql';
import type { DashboardFilter, Period } from './filters';

/**
 * Who is asking: every dashboard query stays inside this organization, and counts its days and
 * months in its time zone (lib/dates).
 */
export type DashboardCtx = { orgId: string; timeZone: string };

/** What every section query needs: the caller's organization, the filter and the period. */
export type Scope = { ctx: DashboardCtx; filter: DashboardFilter; period: Period };

/**
 * The rows of a raw query. PGlite answers `{ rows }` and postgres.js an array, so this is the one
 * place that difference is handled. Every number is cast to int in SQL and every date formatted
 * with to_char, so both drivers give the same plain values.
 */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The partner conditions of the branch and owner filters, on the partners row named `alias`. A
 * record reached through a partner (an interaction, an interview) counts only when its partner
 * matches; with no branch or owner chosen nothing is filtered, records without a partner included.
 */
export function partnerScope(filter: DashboardFilter, alias: string): SQL {
  const p = sql.raw(alias);
  const parts: SQL[] = [];
  if (filter.branch || filter.owner) parts.push(sql`${p}.id is not null`);
  if (filter.branch === 'none') parts.push(sql`${p}.primary_branch_id is null`);
  else if (filter.branch) parts.push(sql`${p}.primary_branch_id = ${filter.branch}::uuid`);
  if (filter.owner === 'none') parts.push(sql`${p}.owner_membership_id is null`);
  else if (filter.owner) parts.push(sql`${p}.owner_membership_id = ${filter.owner}::uuid`);
  return parts.length ? sql.join([sql`true`, ...parts], sql` and `) : sql`true`;
}

/**
 * The join to the partners row (named `p`) that partnerScope reads, for records reached through a
 * partner. Left out when no branch or owner is chosen: it then filters nothing (every such record's
 * partner exists and is of the same organization), and at 100,000 partners joining two million
 * interactions to their partners was a third of the staff activity's time (decision 0012).
 */
export function partnerJoin(filter: DashboardFilter, join: SQL): SQL {
  return filter.branch || filter.owner ? join : sql``;
}

/**
 * The period as instants: from the first day's midnight to the midnight after the last day, both
 * in the organization's zone (a summer-time change inside the period moves only that day's length).
 */
export function periodInstants(period: Period, timeZone: string): { start: SQL; end: SQL } {
  return {
    start: dayStartsAt(period.from, timeZone),
    end: dayStartsAt(addDays(period.to, 1), timeZone),
  };
}

/**
 * Every month the period touches, as `m` (timestamp, first of the month), for empty months. The
 * months are the organization's calendar months: moments are bucketed with localMonth (lib/dates).
 */
export function monthSeries(period: Period): SQL {
  return sql`select generate_series(date_trunc('month', ${period.from}::timestamp), date_trunc('month', ${period.to}::timestamp), interval '1 month') as m`;
}

/** The stages that count as a strong relationship in the headline and per branch. */
export const strongStages = sql`('collaborating', 'sustained')`;
