import 'server-only';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  type Box,
  boxAround,
  boxesOverlap,
  boxOf,
  type Line,
  linePartsIn,
  roundLine,
  simplifyLine,
} from './geometry';
import type { OfflineBaseMap } from './payload';

export const baseMapAttribution = 'US Census Bureau (us-atlas)';

type CountyProperties = { name: string };
type Atlas = Topology<{
  counties: GeometryCollection<CountyProperties>;
  states: GeometryCollection<CountyProperties>;
  nation: GeometryCollection;
}>;

type Prepared = {
  atlas: Atlas;
  borders: Line[];
  coast: Line[];
  countyBoxes: { geometry: Atlas['objects']['counties']['geometries'][number]; box: Box }[];
  places: { name: string; lat: number; lng: number; zips: number }[];
};

let prepared: Promise<Prepared> | undefined;

function simplified(lines: Line[], tolerance: number): Line[] {
  return lines.map((line) => roundLine(simplifyLine(line, tolerance), 3)).filter((line) => line.length > 1);
}

/** Larger towns have more postal codes: their count ranks the labels. */
function minZoomFor(zips: number): number {
  if (zips >= 20) return 5;
  if (zips >= 8) return 7;
  if (zips >= 4) return 9;
  if (zips >= 2) return 10;
  return 11;
}

// Military mail "states" and "cities" are not places on a map.
const notPlaces = new Set(['AA', 'AE', 'AP']);
const notCities = new Set(['Apo', 'Fpo', 'Dpo']);

async function prepare(): Promise<Prepared> {
  const atlas = (await import('us-atlas/counties-10m.json')).default as unknown as Atlas;
  const { codes } = await import('zipcodes/lib/codes.js');
  const borders = simplified(
    mesh(atlas, atlas.objects.states, (a, b) => a !== b).coordinates as Line[],
    0.01,
  );
  const coast = simplified(mesh(atlas, atlas.objects.nation).coordinates as Line[], 0.005);
  const countyBoxes = atlas.objects.counties.geometries.map((geometry) => ({
    geometry,
    box: boxOf(
      (feature(atlas, geometry) as GeoJSON.Feature<GeoJSON.MultiPolygon | GeoJSON.Polygon>).geometry
        .coordinates,
    ),
  }));

  const towns = new Map<string, { name: string; lat: number; lng: number; zips: number }>();
  for (const code of Object.values(codes)) {
    if (code.country !== 'US' || notPlaces.has(code.state) || notCities.has(code.city)) continue;
    const key = `${code.city}|${code.state}`;
    const town = towns.get(key) ?? { name: code.city, lat: 0, lng: 0, zips: 0 };
    town.lat += code.latitude;
    town.lng += code.longitude;
    town.zips += 1;
    towns.set(key, town);
  }
  const places = [...towns.values()]
    .map((t) => ({ ...t, lat: t.lat / t.zips, lng: t.lng / t.zips }))
    .sort((a, b) => b.zips - a.zips || a.name.localeCompare(b.name));
  return { atlas, borders, coast, countyBoxes, places };
}

const cache = new Map<string, OfflineBaseMap>();
const maxPlaces = 1200;

/**
 * The built-in offline base map: outlines from the US Census Bureau's cartographic boundaries (the
 * `us-atlas` package) and place names from the `zipcodes` package, for a map that works with no
 * tile server. Sent as plain arrays; the browser draws them as vector layers.
 *
 * To stay small, state borders go everywhere (simplified to about a kilometre), while the coast,
 * county lines and the smaller places are sent only for the region around `center` (the
 * organization's map centre).
 */
export async function offlineBaseMap(center: { lat: number; lng: number }): Promise<OfflineBaseMap> {
  // Half-degree steps: nearby centres share one answer (and one browser cache entry).
  const lat = Math.round(center.lat * 2) / 2;
  const lng = Math.round(center.lng * 2) / 2;
  const key = `${lat},${lng}`;
  const known = cache.get(key);
  if (known) return known;

  prepared ??= prepare().catch((error) => {
    prepared = undefined;
    throw error;
  });
  const { atlas, borders, coast, countyBoxes, places } = await prepared;

  const countyRegion = boxAround(lat, lng, 2.5, 3.5);
  const nearCounties = countyBoxes.filter((c) => boxesOverlap(c.box, countyRegion)).map((c) => c.geometry);
  const counties = nearCounties.length
    ? simplified(
        mesh(atlas, { type: 'GeometryCollection', geometries: nearCounties }, (a, b) => a !== b)
          .coordinates as Line[],
        0,
      )
    : [];
  const coastRegion = boxAround(lat, lng, 8, 12);
  const placeRegion = boxAround(lat, lng, 3, 4.5);
  const result: OfflineBaseMap = {
    attribution: baseMapAttribution,
    borders,
    coast: coast.flatMap((line) => linePartsIn(line, coastRegion)),
    counties,
    places: places
      .filter(
        (p) =>
          p.zips >= 20 ||
          (p.lng >= placeRegion[0] &&
            p.lng <= placeRegion[2] &&
            p.lat >= placeRegion[1] &&
            p.lat <= placeRegion[3]),
      )
      // Already sorted largest first: a dense region keeps its larger towns.
      .slice(0, maxPlaces)
      .map((p) => [p.name, Math.round(p.lat * 1e3) / 1e3, Math.round(p.lng * 1e3) / 1e3, minZoomFor(p.zips)]),
  };
  if (cache.size > 50) cache.clear();
  cache.set(key, result);
  return result;
}
