import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Day } from './days';

// The same answers as ./zone.ts, in SQL: every statement that buckets or compares by day says in
// which zone, rather than trusting the database session's TimeZone setting (which differs between
// servers). `zone` is the organization's IANA name, bound as a parameter, or an SQL expression
// that reads it in the same statement.

type Zone = string | SQL;

/** The instant a day begins in the zone (timestamptz). */
export function dayStartsAt(day: Day | SQL, zone: Zone): SQL {
  return sql`((${day})::date)::timestamp at time zone ${zone}`;
}

/** The calendar day (date) a timestamptz falls on in the zone. */
export function localDay(column: SQL | SQL.Aliased | unknown, zone: Zone): SQL {
  return sql`(${column} at time zone ${zone})::date`;
}

/** The first moment (timestamp, local) of the month a timestamptz falls in, in the zone. */
export function localMonth(column: unknown, zone: Zone): SQL {
  return sql`date_trunc('month', ${column} at time zone ${zone})`;
}

/** Today in the zone, as the database's clock sees it (date). */
export function todayIn(zone: Zone): SQL {
  return sql`(now() at time zone ${zone})::date`;
}

/**
 * A day stored as an instant: its midnight UTC (partners.lastInteractionAt). Read back with
 * storedDay (./days.ts).
 */
export function storedDayInstant(day: Day | SQL): SQL {
  return sql`((${day})::date)::timestamp at time zone 'UTC'`;
}
