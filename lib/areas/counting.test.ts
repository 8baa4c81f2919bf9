import { describe, expect, it } from 'vitest';
import { AreaIndex, containingByScan, polygonsContain } from './counting';

function box(west: number, south: number, east: number, north: number) {
  const ring: [number, number][] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return {
    polygons: [[ring]],
    minLatitude: south,
    minLongitude: west,
    maxLatitude: north,
    maxLongitude: east,
  };
}

describe('which areas hold a point', () => {
  const west = box(0, 0, 1, 1);
  const east = box(1, 0, 2, 1);
  const index = new AreaIndex([west, east]);

  it('finds the area a point is inside, and none for a point outside every area', () => {
    expect(index.containing(0.5, 0.5)).toEqual([0]);
    expect(index.containing(0.5, 1.5)).toEqual([1]);
    expect(index.containing(5, 5)).toEqual([]);
  });

  it('counts a point on a shared border in both areas', () => {
    expect(index.containing(0.5, 1)).toEqual([0, 1]);
  });

  it('leaves out a point in a hole, and agrees with testing every area', () => {
    const ring = box(0, 0, 4, 4).polygons[0]![0]!;
    const hole = box(1, 1, 2, 2).polygons[0]![0]!;
    const donut = { ...box(0, 0, 4, 4), polygons: [[ring, hole]] };
    expect(polygonsContain(donut.polygons, 1.5, 1.5)).toBe(false);
    expect(polygonsContain(donut.polygons, 3, 3)).toBe(true);
    const areas = [donut, west, east];
    const many = new AreaIndex(areas);
    for (let i = 0; i < 200; i++) {
      const lat = ((i * 37) % 50) / 10 - 0.5;
      const lng = ((i * 53) % 50) / 10 - 0.5;
      expect(many.containing(lat, lng)).toEqual(containingByScan(areas, lat, lng));
    }
  });
});
