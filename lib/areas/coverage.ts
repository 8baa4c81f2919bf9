import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';
import { type AreaSetRow, listAreaSets, listAreaShapes } from './queries';
import { type AreaCoverage, coverageOf, type PartnerPoint } from './tally';

type Ctx = { orgId: string; role: MemberRole };

export type AreaGaps = {
  sets: Pick<AreaSetRow, 'id' | 'name' | 'kind'>[];
  /** The set counted: the one asked for, else the service areas, else the first; null with none. */
  set: Pick<AreaSetRow, 'id' | 'name' | 'kind'> | null;
  areas: AreaCoverage[];
  /** Partners with a point in no area of the set. */
  outside: number;
  /** Partners with no point at all (and, for a viewer, those whose location is hidden). */
  unplaced: number;
  /**
   * True for a reader below staff: partners whose location is hidden are not placed in any area, since
   * the area a shelter is in (a census tract, narrowed by liaison) says where it is (decision 0014).
   */
  hiddenLeftOut: boolean;
};

async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The organization's partners that are not archived, as points to count. An approximate point is
 * rounded here as the map rounds it, so a partner is counted where the map would show it.
 * `condition` narrows them further, on the partners row named `p`.
 */
export async function partnerPoints(
  db: Db,
  ctx: { orgId: string },
  condition: SQL = sql`true`,
  options: { placeHidden: boolean } = { placeHidden: true },
): Promise<PartnerPoint[]> {
  // A hidden partner's point is read only to count it, and only for staff and up.
  const point = (column: SQL) =>
    options.placeHidden
      ? sql`case when p.location_precision = 'approximate' then round(${column}::numeric, 2)::float8 else ${column} end`
      : sql`case when p.location_precision = 'hidden' then null when p.location_precision = 'approximate' then round(${column}::numeric, 2)::float8 else ${column} end`;
  return rowsOf<PartnerPoint>(
    db,
    sql`select
        ${point(sql`p.latitude`)} as lat,
        ${point(sql`p.longitude`)} as lng,
        p.location_precision as precision, p.category, p.ages_served as ages
      from partners p
      where p.org_id = ${ctx.orgId} and p.archived_at is null and ${condition}`,
  );
}

/** Partners per area of a set, and the gaps in each, counted now: always as the data stands. */
export async function areaGaps(
  db: Db,
  ctx: Ctx,
  options: { setId?: string | null; condition?: SQL } = {},
): Promise<AreaGaps> {
  const sets = (await listAreaSets(db, ctx)).map(({ id, name, kind }) => ({ id, name, kind }));
  const set =
    sets.find((s) => s.id === options.setId) ??
    sets.find((s) => s.kind === 'service_areas') ??
    sets[0] ??
    null;
  const hiddenLeftOut = !roleAtLeast(ctx.role, 'staff');
  if (!set) return { sets, set: null, areas: [], outside: 0, unplaced: 0, hiddenLeftOut };
  const [areas, points] = await Promise.all([
    listAreaShapes(db, ctx, set.id),
    partnerPoints(db, ctx, options.condition, { placeHidden: !hiddenLeftOut }),
  ]);
  return { sets, set, ...coverageOf(areas, points), hiddenLeftOut };
}
