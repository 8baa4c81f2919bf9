import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type AgeServed, type AssetCategory, agesServed, assetCategories } from '@/db/schema/vocabulary';
import { AreaIndex } from './counting';
import { type AreaSetRow, type AreaShapeRow, listAreaSets, listAreaShapes } from './queries';

type Ctx = { orgId: string };

/** What one area holds: its partners, and what kinds and ages none of them serves. */
export type AreaCoverage = {
  id: string;
  name: string;
  partners: number;
  /** Counted where their approximate point (rounded to about a kilometre) falls. */
  approximate: number;
  /** Counted, never drawn: their point stays on the server. */
  hidden: number;
  missingAges: AgeServed[];
  missingCategories: AssetCategory[];
};

export type AreaGaps = {
  sets: Pick<AreaSetRow, 'id' | 'name' | 'kind'>[];
  /** The set counted: the one asked for, else the service areas, else the first; null with none. */
  set: Pick<AreaSetRow, 'id' | 'name' | 'kind'> | null;
  areas: AreaCoverage[];
  /** Partners with a point in no area of the set. */
  outside: number;
  /** Partners with no point at all. */
  unplaced: number;
};

type PartnerPoint = {
  lat: number | null;
  lng: number | null;
  precision: 'exact' | 'approximate' | 'hidden';
  category: AssetCategory;
  ages: AgeServed[];
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
export async function partnerPoints(db: Db, ctx: Ctx, condition: SQL = sql`true`): Promise<PartnerPoint[]> {
  return rowsOf<PartnerPoint>(
    db,
    sql`select
        case when p.location_precision = 'approximate' then round(p.latitude::numeric, 2)::float8 else p.latitude end as lat,
        case when p.location_precision = 'approximate' then round(p.longitude::numeric, 2)::float8 else p.longitude end as lng,
        p.location_precision as precision, p.category, p.ages_served as ages
      from partners p
      where p.org_id = ${ctx.orgId} and p.archived_at is null and ${condition}`,
  );
}

/** Counts the points in each area. Pure apart from its arguments: the benchmark calls it too. */
export function coverageOf(areas: AreaShapeRow[], points: PartnerPoint[]) {
  const index = new AreaIndex(areas);
  const counts = areas.map(() => ({
    partners: 0,
    approximate: 0,
    hidden: 0,
    ages: new Set<string>(),
    categories: new Set<string>(),
  }));
  let outside = 0;
  let unplaced = 0;
  for (const point of points) {
    if (point.lat === null || point.lng === null) {
      unplaced += 1;
      continue;
    }
    const found = index.containing(point.lat, point.lng);
    if (found.length === 0) outside += 1;
    for (const i of found) {
      const count = counts[i]!;
      count.partners += 1;
      if (point.precision === 'approximate') count.approximate += 1;
      if (point.precision === 'hidden') count.hidden += 1;
      count.categories.add(point.category);
      for (const age of point.ages ?? []) count.ages.add(age);
    }
  }
  const rows: AreaCoverage[] = areas.map((area, i) => {
    const count = counts[i]!;
    return {
      id: area.id,
      name: area.name,
      partners: count.partners,
      approximate: count.approximate,
      hidden: count.hidden,
      missingAges: agesServed.filter((age) => !count.ages.has(age)),
      missingCategories: assetCategories.filter((category) => !count.categories.has(category)),
    };
  });
  return { areas: rows, outside, unplaced };
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
  if (!set) return { sets, set: null, areas: [], outside: 0, unplaced: 0 };
  const [areas, points] = await Promise.all([
    listAreaShapes(db, ctx, set.id),
    partnerPoints(db, ctx, options.condition),
  ]);
  return { sets, set, ...coverageOf(areas, points) };
}
