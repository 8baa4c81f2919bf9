import type { Db } from '@/db/client';
import { type AreaPolygons, areaSets, areas } from '@/db/schema';

/** A closed square ring around a point, `half` degrees each way: [longitude, latitude] as GeoJSON orders them. */
export function square(lat: number, lng: number, half = 0.01): AreaPolygons {
  return [
    [
      [
        [lng - half, lat - half],
        [lng + half, lat - half],
        [lng + half, lat + half],
        [lng - half, lat + half],
        [lng - half, lat - half],
      ],
    ],
  ];
}

export function boundsOf(polygons: AreaPolygons) {
  const outer = polygons.flatMap((p) => p[0] ?? []);
  const lats = outer.map((p) => p[1]);
  const lngs = outer.map((p) => p[0]);
  return {
    minLatitude: Math.min(...lats),
    maxLatitude: Math.max(...lats),
    minLongitude: Math.min(...lngs),
    maxLongitude: Math.max(...lngs),
  };
}

export async function createAreaSet(
  db: Db,
  orgId: string,
  values: Partial<typeof areaSets.$inferInsert> = {},
) {
  const [set] = await db
    .insert(areaSets)
    .values({ orgId, name: 'Service areas', kind: 'service_areas', ...values })
    .returning();
  if (!set) throw new Error('no area set');
  return set;
}

export async function createArea(
  db: Db,
  orgId: string,
  setId: string,
  values: { name: string; polygons: AreaPolygons } & Partial<typeof areas.$inferInsert>,
) {
  const [area] = await db
    .insert(areas)
    .values({
      orgId,
      setId,
      pointCount: values.polygons.flat(2).length,
      ...boundsOf(values.polygons),
      ...values,
    })
    .returning();
  if (!area) throw new Error('no area');
  return area;
}

/** A GeoJSON FeatureCollection file of named shapes, as a map tool exports it. */
export function geoJsonFile(
  features: { name: string; polygons: AreaPolygons }[],
  fileName = 'areas.geojson',
) {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { name: f.name },
      geometry: { type: 'MultiPolygon', coordinates: f.polygons },
    })),
  });
  return new File([text], fileName, { type: 'application/geo+json' });
}
