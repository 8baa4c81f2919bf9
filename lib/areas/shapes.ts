import simplify from 'simplify-js';
import type { AreaPolygons } from '@/db/schema';
import { ImportFileError } from '@/lib/import/errors';
import { type Feature, geoJsonFeatures, kmlFeatures } from '@/lib/import/read-geo';
import { areaLimits } from './limits';

/** An area read from a file, checked and ready to save. */
export type AreaShape = {
  name: string;
  polygons: AreaPolygons;
  pointCount: number;
  bounds: { minLatitude: number; minLongitude: number; maxLatitude: number; maxLongitude: number };
  /** True when the shape had more corners than an area keeps and was simplified. */
  simplified: boolean;
};

export type ReadAreas = { shapes: AreaShape[]; faults: string[] };

type Position = [number, number];
const nameKeys = ['name', 'Name', 'NAME', 'title', 'Title', 'label', 'NAMELSAD', 'NAME20', 'NAME10'];

function nameOf(feature: Feature, index: number): string {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  for (const key of nameKeys) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, areaLimits.nameCharacters);
    if (typeof value === 'number') return String(value);
  }
  return `Area ${index + 1}`;
}

/** How to mend an unclosed outline, said to the person who made it (a map tool's file, or typed). */
const closeAdviceForFiles = 'Close the shape in the map tool and export it again.';

function ringPoints(ring: unknown, where: string, faults: string[], closeAdvice: string): Position[] | null {
  if (!Array.isArray(ring)) {
    faults.push(`${where} is not a list of corners.`);
    return null;
  }
  const points: Position[] = [];
  for (const raw of ring) {
    const [lng, lat] = Array.isArray(raw) ? raw.map(Number) : [];
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat!) > 90 || Math.abs(lng!) > 180) {
      faults.push(
        `${where} has a corner that is not a longitude and latitude on Earth (${JSON.stringify(raw)?.slice(0, 40)}).`,
      );
      return null;
    }
    points.push([lng!, lat!]);
  }
  if (points.length < 4) {
    faults.push(
      `${where} has ${points.length} corners; a closed shape needs at least 4 (the first repeated last).`,
    );
    return null;
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    faults.push(
      `${where} is not closed: its last corner must repeat its first.${closeAdvice ? ` ${closeAdvice}` : ''}`,
    );
    return null;
  }
  return points;
}

/** Drops corners until the ring fits its share of the area's budget; never below a closed triangle. */
function simplifyRing(ring: Position[], budget: number): Position[] {
  if (ring.length <= budget) return ring;
  const points = ring.map(([x, y]) => ({ x, y }));
  // Start near a metre (in degrees) and double until the ring fits.
  let tolerance = 0.00001;
  let out = points;
  while (out.length > Math.max(budget, 4) && tolerance < 1) {
    out = simplify(points, tolerance, true);
    tolerance *= 2;
  }
  const result = out.map((p) => [p.x, p.y] as Position);
  const first = result[0]!;
  const last = result[result.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) result.push([first[0], first[1]]);
  return result;
}

/** One feature's polygons, checked; null (with the faults noted) when it cannot be an area. */
function polygonsOf(
  feature: Feature,
  where: string,
  faults: string[],
  closeAdvice: string,
): AreaPolygons | null {
  const geometry = feature.geometry;
  if (!geometry) {
    faults.push(`${where} has no shape.`);
    return null;
  }
  let raw: unknown[];
  if (geometry.type === 'Polygon') raw = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates))
    raw = geometry.coordinates;
  else if (geometry.type === 'GeometryCollection') {
    const parts = (geometry as { geometries?: Feature['geometry'][] }).geometries ?? [];
    raw = parts.flatMap((part) =>
      part?.type === 'Polygon'
        ? [part.coordinates]
        : part?.type === 'MultiPolygon'
          ? (part.coordinates as unknown[])
          : [],
    );
    if (raw.length === 0) {
      faults.push(`${where} holds no closed shape, only points or lines.`);
      return null;
    }
  } else {
    const kind = String(geometry.type ?? 'unknown')
      .replace(/^Multi/, '')
      .toLowerCase();
    faults.push(`${where} is a ${kind}, not a closed shape: only polygons can be areas.`);
    return null;
  }
  const polygons: AreaPolygons = [];
  let ok = true;
  raw.forEach((polygon, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      faults.push(`${where}, part ${p + 1}, has no outline.`);
      ok = false;
      return;
    }
    const rings: Position[][] = [];
    polygon.forEach((ring, r) => {
      const label = r === 0 ? 'its outline' : `hole ${r}`;
      const points = ringPoints(
        ring,
        `${where}${raw.length > 1 ? `, part ${p + 1},` : ''} ${label}`.replace(' its', ': its'),
        faults,
        closeAdvice,
      );
      if (points) rings.push(points);
      else ok = false;
    });
    polygons.push(rings);
  });
  return ok ? polygons : null;
}

function boundsOf(polygons: AreaPolygons): AreaShape['bounds'] {
  let minLatitude = 90;
  let minLongitude = 180;
  let maxLatitude = -90;
  let maxLongitude = -180;
  for (const polygon of polygons)
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lat < minLatitude) minLatitude = lat;
      if (lat > maxLatitude) maxLatitude = lat;
      if (lng < minLongitude) minLongitude = lng;
      if (lng > maxLongitude) maxLongitude = lng;
    }
  return { minLatitude, minLongitude, maxLatitude, maxLongitude };
}

const countCorners = (polygons: AreaPolygons) =>
  polygons.reduce((sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length, 0), 0);

/**
 * A feature as an area: checked, and simplified when it has more corners than an area keeps. Faults
 * name the shape as `Shape 3 (“Casino Road”)` unless `said` gives another way (a drawn or typed shape).
 */
export function shapeOfFeature(
  feature: Feature,
  index: number,
  faults: string[],
  said: { where?: string; closeAdvice?: string } = {},
): AreaShape | null {
  const name = nameOf(feature, index);
  const where = said.where ?? `Shape ${index + 1} (“${name}”)`;
  const polygons = polygonsOf(feature, where, faults, said.closeAdvice ?? closeAdviceForFiles);
  if (!polygons) return null;
  const corners = countCorners(polygons);
  if (corners > areaLimits.rawPointsPerArea) {
    faults.push(
      `${where} has ${corners.toLocaleString('en-US')} corners; an area can have at most ${areaLimits.rawPointsPerArea.toLocaleString('en-US')}. Simplify it in the map tool first.`,
    );
    return null;
  }
  let kept = polygons;
  if (corners > areaLimits.pointsPerArea) {
    kept = polygons.map((polygon) =>
      polygon.map((ring) =>
        simplifyRing(ring, Math.max(4, Math.floor((areaLimits.pointsPerArea * ring.length) / corners))),
      ),
    );
  }
  return {
    name,
    polygons: kept,
    pointCount: countCorners(kept),
    bounds: boundsOf(kept),
    simplified: kept !== polygons,
  };
}

/** The areas of an uploaded GeoJSON, KML or KMZ file, with every fault found, each in a sentence. */
export function readAreaFile(fileName: string, bytes: Uint8Array): ReadAreas {
  const faults: string[] = [];
  let features: Feature[];
  try {
    const isKml =
      /\.km[lz]$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes[0] === 0x3c;
    features = isKml ? [...kmlFeatures(bytes)] : geoJsonFeatures(bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return { shapes: [], faults: [error.message] };
    throw error;
  }
  if (features.length === 0) return { shapes: [], faults: ['This file holds no shapes.'] };
  if (features.length > areaLimits.areasPerFile) {
    return {
      shapes: [],
      faults: [
        `This file holds ${features.length} shapes; upload at most ${areaLimits.areasPerFile} at a time.`,
      ],
    };
  }
  const shapes: AreaShape[] = [];
  const seen = new Map<string, number>();
  features.forEach((feature, index) => {
    const shape = shapeOfFeature(feature, index, faults);
    if (!shape) return;
    const key = shape.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      faults.push(
        `Shape ${index + 1} has the same name as shape ${earlier + 1} (“${shape.name}”): each area of a set needs its own name.`,
      );
      return;
    }
    seen.set(key, index);
    shapes.push(shape);
  });
  return { shapes, faults };
}
