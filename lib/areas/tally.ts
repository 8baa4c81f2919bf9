import { type AgeServed, type AssetCategory, agesServed, assetCategories } from '@/db/schema/vocabulary';
import { AreaIndex, type CountableArea } from './counting';

// Counting partners per area, pure: the dashboard, the map and the benchmark share it.

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

export type PartnerPoint = {
  lat: number | null;
  lng: number | null;
  precision: 'exact' | 'approximate' | 'hidden';
  category: AssetCategory;
  ages: AgeServed[];
};

/** Counts the points in each area. Pure apart from its arguments: the benchmark calls it too. */
export function coverageOf(areas: (CountableArea & { id: string; name: string })[], points: PartnerPoint[]) {
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
