import L from 'leaflet';
import type { AreaPolygons } from '@/lib/areas/vocabulary';

type Ring = AreaPolygons[number][number];

/** Leaflet's rings are open; GeoJSON's repeat the first corner last. */
function closed(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

/** The parts on the map as GeoJSON MultiPolygon coordinates ([longitude, latitude], closed rings). */
export function partsOf(layers: L.Polygon[]): AreaPolygons {
  return layers.flatMap((layer) => {
    const geometry = layer.toGeoJSON(7).geometry;
    const polygons = (
      geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates]
    ) as AreaPolygons;
    return polygons.map((polygon) => polygon.map(closed));
  });
}

/** One Leaflet polygon (outline and holes) for each part of a shape. */
export function polygonLayers(polygons: AreaPolygons, options: L.PolylineOptions): L.Polygon[] {
  return polygons.map((polygon) =>
    L.polygon(
      polygon.map((ring) => ring.slice(0, -1).map(([lng, lat]) => L.latLng(lat, lng))),
      options,
    ),
  );
}

/** Corners as a person counts them: each ring's first corner once (GeoJSON repeats it last). */
export function cornersOf(polygons: AreaPolygons): number {
  return polygons.reduce((sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length - 1, 0), 0);
}
