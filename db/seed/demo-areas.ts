import type { Db } from '../client';
import { type AreaPolygons, areaSets, areas, type branches } from '../schema';

type Ring = [number, number][];

// Hand-drawn, not official boundaries: enough for the map to shade and the dashboard to count.
// [longitude, latitude], as GeoJSON orders them; each ring ends where it starts.
const serviceAreas: { branch: string; name: string; ring: Ring }[] = [
  {
    branch: 'Lynnwood Branch',
    name: 'Lynnwood service area',
    ring: [
      [-122.38, 47.77],
      [-122.22, 47.77],
      [-122.22, 47.87],
      [-122.3, 47.875],
      [-122.38, 47.86],
      [-122.38, 47.77],
    ],
  },
  {
    branch: 'Everett Riverside Branch',
    name: 'Everett service area',
    ring: [
      [-122.32, 47.89],
      [-122.22, 47.875],
      [-122.14, 47.88],
      [-122.12, 48.02],
      [-122.2, 48.07],
      [-122.32, 47.98],
      [-122.32, 47.89],
    ],
  },
  {
    branch: 'Monroe Branch',
    name: 'Monroe service area',
    ring: [
      [-122.12, 47.78],
      [-121.65, 47.78],
      [-121.65, 47.92],
      [-122.12, 47.92],
      [-122.12, 47.78],
    ],
  },
];

const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const neighbourhoods: { name: string; ring: Ring }[] = [
  { name: 'Casino Road', ring: box(-122.26, 47.905, -122.22, 47.93) },
  { name: 'Downtown Everett', ring: box(-122.215, 47.97, -122.195, 47.99) },
  { name: 'North Everett', ring: box(-122.225, 47.99, -122.2, 48.01) },
  { name: 'Silver Lake', ring: box(-122.22, 47.88, -122.19, 47.9) },
];

function columnsOf(ring: Ring) {
  const polygons: AreaPolygons = [[ring]];
  return {
    polygons,
    pointCount: ring.length,
    minLatitude: Math.min(...ring.map((p) => p[1])),
    maxLatitude: Math.max(...ring.map((p) => p[1])),
    minLongitude: Math.min(...ring.map((p) => p[0])),
    maxLongitude: Math.max(...ring.map((p) => p[0])),
  };
}

/** The demo's branch service areas, and a set of Everett neighbourhoods. */
export async function seedDemoAreas(tx: Db, orgId: string, branchRows: (typeof branches.$inferSelect)[]) {
  const [service] = await tx
    .insert(areaSets)
    .values({ orgId, name: 'Service areas', kind: 'service_areas' })
    .returning();
  const [everett] = await tx
    .insert(areaSets)
    .values({ orgId, name: 'Everett neighbourhoods', kind: 'custom' })
    .returning();
  if (!service || !everett) throw new Error('Insert returned no row');
  await tx.insert(areas).values([
    ...serviceAreas.map((area) => ({
      orgId,
      setId: service.id,
      name: area.name,
      branchId: branchRows.find((b) => b.name === area.branch)?.id ?? null,
      ...columnsOf(area.ring),
    })),
    ...neighbourhoods.map((area) => ({ orgId, setId: everett.id, name: area.name, ...columnsOf(area.ring) })),
  ]);
}
