import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/**
 * True when the database knows the zone too. Every day the dashboard, health and retention count
 * in SQL uses `at time zone`, so a zone this runtime's Intl lists but the database's time zone data
 * lacks (a zone newer than the server) would break every such page: it is refused when chosen.
 */
export async function databaseKnowsTimeZone(db: Db, zone: string): Promise<boolean> {
  const result = (await db.execute(
    sql`select count(*)::int as n from pg_timezone_names where name = ${zone}`,
  )) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as {
    n: number;
  }[];
  return (rows[0]?.n ?? 0) > 0;
}

export const unknownToDatabaseMessage =
  'The database does not know this time zone yet. Choose a neighbouring zone with the same clock, or ask whoever runs Partner Atlas to update the server.';
