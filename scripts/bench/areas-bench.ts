// Counting partners per area (decision 0020): 100,000 partners in 500 areas, counted the way the app
// counts them (a Flatbush index over the areas' boxes, then an exact point-in-polygon test), against
// the plain loop anyone would write first (every area's box checked for every partner, then the same
// exact test). Both run in this process on the same data, so the ratio is what the index buys.
import { type AreaPolygons, agesServed, assetCategories } from '@/db/schema';
import { polygonsContain } from '@/lib/areas/counting';
import { coverageOf, type PartnerPoint } from '@/lib/areas/tally';
import { median, type ResultRow, row } from './stats';

/** A small deterministic random source, so every run counts the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Area = {
  id: string;
  name: string;
  polygons: AreaPolygons;
  minLatitude: number;
  minLongitude: number;
  maxLatitude: number;
  maxLongitude: number;
};

/**
 * A county cut into a grid of areas, each a cell whose edges are drawn with ten corners apiece, as
 * traced boundaries are: 40 corners an area, neighbours sharing their edges exactly.
 */
function makeAreas(count: number): Area[] {
  const columns = Math.ceil(Math.sqrt(count * 1.25));
  const rows = Math.ceil(count / columns);
  const west = -122.4;
  const south = 47.7;
  const width = 0.8 / columns;
  const height = 0.4 / rows;
  const areas: Area[] = [];
  for (let i = 0; i < count; i++) {
    const x0 = west + (i % columns) * width;
    const y0 = south + Math.floor(i / columns) * height;
    const corners: [number, number][] = [];
    const edge = (ax: number, ay: number, bx: number, by: number) => {
      for (let k = 0; k < 10; k++) corners.push([ax + ((bx - ax) * k) / 10, ay + ((by - ay) * k) / 10]);
    };
    edge(x0, y0, x0 + width, y0);
    edge(x0 + width, y0, x0 + width, y0 + height);
    edge(x0 + width, y0 + height, x0, y0 + height);
    edge(x0, y0 + height, x0, y0);
    corners.push(corners[0]!);
    areas.push({
      id: `area-${i}`,
      name: `Area ${i + 1}`,
      polygons: [[corners]],
      minLatitude: y0,
      minLongitude: x0,
      maxLatitude: y0 + height,
      maxLongitude: x0 + width,
    });
  }
  return areas;
}

function makePartners(count: number): PartnerPoint[] {
  const next = random(20_26);
  return Array.from({ length: count }, () => ({
    // A few fall outside the county, as some partners do.
    lat: 47.68 + next() * 0.44,
    lng: -122.42 + next() * 0.84,
    precision: next() < 0.1 ? 'approximate' : next() < 0.05 ? 'hidden' : 'exact',
    category: assetCategories[Math.floor(next() * assetCategories.length)]!,
    ages: agesServed.filter(() => next() < 0.3),
  }));
}

/** The plain loop: every area tested for every partner (its box first), the same tally kept. */
function countByLoop(areas: Area[], points: PartnerPoint[]) {
  const partners = new Array<number>(areas.length).fill(0);
  let outside = 0;
  for (const point of points) {
    let found = false;
    for (let i = 0; i < areas.length; i++) {
      const a = areas[i]!;
      const { lat, lng } = point as { lat: number; lng: number };
      if (lat < a.minLatitude || lat > a.maxLatitude || lng < a.minLongitude || lng > a.maxLongitude)
        continue;
      if (polygonsContain(a.polygons, lat, lng)) {
        partners[i]! += 1;
        found = true;
      }
    }
    if (!found) outside += 1;
  }
  return { partners, outside };
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function measureAreas(options: { partners: number; areas: number; repeats: number }): ResultRow[] {
  const areas = makeAreas(options.areas);
  const points = makePartners(options.partners);
  // Both must give the same answer, or the comparison means nothing.
  const app = coverageOf(areas, points);
  const loop = countByLoop(areas, points);
  if (app.outside !== loop.outside || app.areas.some((a, i) => a.partners !== loop.partners[i])) {
    throw new Error('The indexed count and the plain loop disagree');
  }
  const appTimes: number[] = [];
  const loopTimes: number[] = [];
  for (let i = 0; i < options.repeats; i++) {
    appTimes.push(timed(() => coverageOf(areas, points)));
    loopTimes.push(timed(() => countByLoop(areas, points)));
  }
  return [
    row(
      {
        section: 'areas',
        measure: `count partners in ${options.areas} areas (index vs plain loop)`,
        size: options.partners,
        database: null,
        unit: 'ms',
        app: median(appTimes),
        baseline: median(loopTimes),
        target: '≤ 0.5×, ≤ 2 s',
      },
      { maxRatio: 0.5, maxApp: 2000 },
    ),
  ];
}
