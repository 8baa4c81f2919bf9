import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import type { AreaPolygons } from '@/db/schema/areas';

// Which area each partner falls in, in memory: a Flatbush index over the areas' bounding boxes
// finds the few areas a point might be in, and an exact point-in-polygon test decides (one that
// treats a point on an edge as inside, so a partner on a border counts in each area it touches).
// Measured in `npm run bench` against testing every area for every partner (decision 0020).

export type CountableArea = {
  polygons: AreaPolygons;
  minLatitude: number;
  minLongitude: number;
  maxLatitude: number;
  maxLongitude: number;
};

/** True when the point is inside one of the polygons (not in a hole), or on an edge. */
export function polygonsContain(polygons: AreaPolygons, lat: number, lng: number): boolean {
  for (const polygon of polygons) {
    if (pointInPolygon([lng, lat], polygon) !== false) return true;
  }
  return false;
}

export class AreaIndex<A extends CountableArea> {
  private readonly index: Flatbush | null;

  constructor(readonly areas: readonly A[]) {
    if (areas.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(areas.length);
    for (const area of areas)
      index.add(area.minLongitude, area.minLatitude, area.maxLongitude, area.maxLatitude);
    index.finish();
    this.index = index;
  }

  /** The positions (in `areas`) of every area holding the point. */
  containing(lat: number, lng: number): number[] {
    if (!this.index) return [];
    return this.index
      .search(lng, lat, lng, lat)
      .filter((i) => polygonsContain(this.areas[i]!.polygons, lat, lng))
      .sort((a, b) => a - b);
  }
}

/** The same answer without the index: every area tested for every point. The benchmark's baseline. */
export function containingByScan(areas: readonly CountableArea[], lat: number, lng: number): number[] {
  const found: number[] = [];
  areas.forEach((area, i) => {
    if (polygonsContain(area.polygons, lat, lng)) found.push(i);
  });
  return found;
}
