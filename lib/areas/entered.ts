import type { Feature } from '@/lib/import/read-geo';
import { areaLimits } from './limits';
import { type AreaShape, shapeOfFeature } from './shapes';

// A shape drawn on the map or typed into the page, read and checked exactly as an uploaded one is
// (lib/areas/shapes.ts): closed outlines of at least four corners, on Earth, simplified when heavy.

export type EnteredShape = { shape: AreaShape | null; faults: string[] };

/** How the faults name the shape, and how to mend an unclosed one, for each way of giving it. */
const said = {
  drawn: {
    where: 'The shape drawn on the map',
    closeAdvice: 'Draw the part again and finish on its first corner.',
  },
  typed: {
    where: 'The shape you entered',
    closeAdvice: 'Repeat the first corner at the end, or enter the corners as a list instead.',
  },
} as const;

export type ShapeSource = keyof typeof said;

/** Nested arrays of numbers as GeoJSON Polygon (depth 3) or MultiPolygon (depth 4) coordinates. */
function depthOf(value: unknown): number {
  let depth = 0;
  let at = value;
  while (Array.isArray(at)) {
    depth += 1;
    at = at[0];
  }
  return depth;
}

function featureOfJson(value: unknown, faults: string[], where: string): Feature | null {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      faults.push(`${where} has no parts left: draw at least one, or undo the changes on the map.`);
      return null;
    }
    const depth = depthOf(value);
    if (depth === 3)
      return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: value } };
    if (depth === 4)
      return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: value } };
    faults.push(`${where} is a list, but not of polygon coordinates ([[[longitude, latitude], …]]).`);
    return null;
  }
  if (!value || typeof value !== 'object') {
    faults.push(`${where} is not a GeoJSON Polygon or MultiPolygon.`);
    return null;
  }
  const object = value as { type?: unknown; features?: unknown; geometry?: unknown };
  if (object.type === 'FeatureCollection') {
    const features = Array.isArray(object.features) ? object.features : [];
    if (features.length !== 1) {
      faults.push(`${where} holds ${features.length} shapes; enter the one shape of this area.`);
      return null;
    }
    return featureOfJson(features[0], faults, where);
  }
  if (object.type === 'Feature')
    return { type: 'Feature', properties: {}, geometry: object.geometry } as Feature;
  if (typeof object.type === 'string')
    return { type: 'Feature', properties: {}, geometry: object } as Feature;
  faults.push(`${where} is not a GeoJSON Polygon or MultiPolygon: it has no "type".`);
  return null;
}

const numberPattern = /^[-+−]?\d+(?:[.,]\d+)?$/;

/**
 * "lat, lng" corners, one a line (a blank line starts another part), as a map's "copy the
 * coordinates" gives them. An outline is closed for the person: its first corner is repeated last.
 */
function featureOfCorners(text: string, faults: string[], where: string): Feature | null {
  const parts: [number, number][][] = [[]];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) {
      if (parts[parts.length - 1]!.length > 0) parts.push([]);
      return;
    }
    const pieces = line
      .replace(/[()[\]]/g, ' ')
      .split(/\s*[,;\s]\s*/)
      .filter(Boolean);
    const [lat, lng] = pieces.map((p) => Number(p.replace('−', '-')));
    if (pieces.length !== 2 || !pieces.every((p) => numberPattern.test(p))) {
      faults.push(
        `${where}, line ${index + 1} (“${line.slice(0, 40)}”), is not a latitude and longitude like “47.98, -122.20”.`,
      );
      return;
    }
    if (Math.abs(lat!) > 90 || Math.abs(lng!) > 180) {
      faults.push(
        `${where}, line ${index + 1} (“${line}”), is not on Earth: latitude comes first (−90 to 90), then longitude (−180 to 180).`,
      );
      return;
    }
    parts[parts.length - 1]!.push([lng!, lat!]);
  });
  if (faults.length > 0) return null;
  const filled = parts.filter((part) => part.length > 0);
  if (filled.length === 0) {
    faults.push(`${where} has no corners.`);
    return null;
  }
  const polygons = filled.map((ring, p) => {
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
    if (closed.length < 4) {
      faults.push(
        `${where}${filled.length > 1 ? `, part ${p + 1},` : ''} has ${closed.length - 1} ${closed.length === 2 ? 'corner' : 'corners'}; an area needs at least 3.`,
      );
    }
    return [closed];
  });
  if (faults.length > 0) return null;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * Reads a shape drawn on the map (GeoJSON coordinates, sent by the page) or typed by a person
 * (GeoJSON, or "lat, lng" corners), with every fault in a sentence; the shape only when there is none.
 */
export function readEnteredShape(text: string, source: ShapeSource): EnteredShape {
  const faults: string[] = [];
  const { where, closeAdvice } = said[source];
  const trimmed = text.trim();
  if (!trimmed) return { shape: null, faults: [`${where} is empty.`] };
  if (trimmed.length > areaLimits.fileBytes) {
    return { shape: null, faults: [`${where} is too large: upload it as a file instead.`] };
  }
  let feature: Feature | null;
  if (/^[[{]/.test(trimmed)) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return {
        shape: null,
        faults: [`${where} looks like GeoJSON but is not valid JSON: check its brackets and commas.`],
      };
    }
    feature = featureOfJson(json, faults, where);
  } else {
    feature = featureOfCorners(trimmed, faults, where);
  }
  if (!feature) return { shape: null, faults };
  const shape = shapeOfFeature(feature, 0, faults, { where, closeAdvice });
  return faults.length > 0 ? { shape: null, faults } : { shape, faults };
}
