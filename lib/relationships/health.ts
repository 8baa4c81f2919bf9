import 'server-only';
import { and, gte, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Day } from '@/lib/dates/days';
import { storedDayInstant } from '@/lib/dates/sql';
import { type HealthLevel, healthThresholdDays } from './health-levels';

export * from './health-levels';

/**
 * The first stored instants that are still warm and still cooling, as SQL: the midnight UTC of
 * today less the days of each threshold (healthThresholdDays), the way a last contact's day is
 * stored. `cadenceDays` and `today` may be known here, or SQL expressions read in the same
 * statement (the organization's cadence, today in its zone).
 */
function sqlThresholds(cadenceDays: number | SQL, today: Day | SQL): { warmFrom: SQL; coolingFrom: SQL } {
  const back = (days: number | SQL) => storedDayInstant(sql`(${today})::date - (${days})::int`);
  if (typeof cadenceDays === 'number') {
    const { warmWithin, coolingWithin } = healthThresholdDays(cadenceDays);
    return { warmFrom: back(warmWithin), coolingFrom: back(coolingWithin) };
  }
  return { warmFrom: back(sql`(${cadenceDays})::int / 2`), coolingFrom: back(cadenceDays) };
}

/** A WHERE condition on a last-interaction column for some levels (range conditions: index-friendly). */
export function healthCondition(
  column: AnyPgColumn,
  levels: readonly HealthLevel[],
  cadenceDays: number | SQL,
  today: Day | SQL,
): SQL | undefined {
  const { warmFrom, coolingFrom } = sqlThresholds(cadenceDays, today);
  const byLevel: Record<HealthLevel, SQL | undefined> = {
    warm: gte(column, warmFrom),
    cooling: and(gte(column, coolingFrom), lt(column, warmFrom)),
    cold: lt(column, coolingFrom),
    none: isNull(column),
  };
  const parts = levels.map((level) => byLevel[level]);
  return parts.length ? or(...parts) : undefined;
}

/** The level as an SQL expression, for grouping and selecting. */
export function healthExpression(column: AnyPgColumn, cadenceDays: number, today: Day): SQL<HealthLevel> {
  const { warmFrom, coolingFrom } = sqlThresholds(cadenceDays, today);
  return sql<HealthLevel>`case when ${column} is null then 'none' when ${column} >= ${warmFrom} then 'warm' when ${column} >= ${coolingFrom} then 'cooling' else 'cold' end`;
}
