import { and, gt, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

import { type HealthLevel, healthThresholds } from './health-levels';

export * from './health-levels';

/**
 * The thresholds as SQL values: from a cadence known here, or from an SQL expression for it (the
 * organization's column, read in the same statement), computed the same way as healthThresholds.
 */
function sqlThresholds(
  cadenceDays: number | SQL,
  now: Date,
): { warmAfter: SQL | Date; coolingAfter: SQL | Date } {
  if (typeof cadenceDays === 'number') return healthThresholds(cadenceDays, now);
  const at = sql`${now.toISOString()}::timestamptz`;
  return {
    warmAfter: sql`(${at} - ((${cadenceDays})::int / 2 + 1) * interval '1 day')`,
    coolingAfter: sql`(${at} - ((${cadenceDays})::int + 1) * interval '1 day')`,
  };
}

/** A WHERE condition on a last-interaction column for some levels (range conditions: index-friendly). */
export function healthCondition(
  column: AnyPgColumn,
  levels: readonly HealthLevel[],
  cadenceDays: number | SQL,
  now: Date,
): SQL | undefined {
  const { warmAfter, coolingAfter } = sqlThresholds(cadenceDays, now);
  const byLevel: Record<HealthLevel, SQL | undefined> = {
    warm: gt(column, warmAfter),
    cooling: and(gt(column, coolingAfter), lte(column, warmAfter)),
    cold: lte(column, coolingAfter),
    none: isNull(column),
  };
  const parts = levels.map((level) => byLevel[level]);
  return parts.length ? or(...parts) : undefined;
}

/**
 * The level as an SQL expression, for grouping and selecting. The instants go as ISO text cast to
 * timestamptz: postgres.js cannot bind a bare Date outside a column comparison (PGlite can).
 */
export function healthExpression(column: AnyPgColumn, cadenceDays: number, now: Date): SQL<HealthLevel> {
  const { warmAfter, coolingAfter } = healthThresholds(cadenceDays, now);
  const warm = sql`${warmAfter.toISOString()}::timestamptz`;
  const cooling = sql`${coolingAfter.toISOString()}::timestamptz`;
  return sql<HealthLevel>`case when ${column} is null then 'none' when ${column} > ${warm} then 'warm' when ${column} > ${cooling} then 'cooling' else 'cold' end`;
}
