import { kmlGen } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import type { ImportTable } from '@/db/schema';
import { ImportFileError } from './errors';
import { importLimits } from './limits';
import { decodeText, looksBinary } from './read-csv';
import { buildTable } from './table';
import { unzipWithin } from './unzip';

export type Feature = {
  type?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: unknown;
};

// Drawing settings that map tools keep in properties; they say nothing about a partner.
const styling = /^(_|style|stroke|fill|marker-|icon|visibility|styleurl|stylehash|stylemapHash|gx_)/i;

function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('@type' in value && 'value' in value) return String((value as { value: unknown }).value);
    return JSON.stringify(value);
  }
  return String(value);
}

/** A point's latitude and longitude, or null for lines, shapes and missing geometry. */
function pointOf(feature: Feature): [number, number] | null {
  const geometry = feature.geometry;
  if (!geometry) return null;
  let coordinates = geometry.coordinates;
  if (geometry.type === 'MultiPoint' && Array.isArray(coordinates)) coordinates = coordinates[0];
  else if (geometry.type !== 'Point') return null;
  if (!Array.isArray(coordinates)) return null;
  const [lng, lat] = coordinates.map(Number);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return [lat!, lng!];
}

const count = new Intl.NumberFormat('en-US');
/** Property names a table takes: every column but Latitude and Longitude. */
const maxPropertyNames = importLimits.columns - 2;

/**
 * The features and their property names, in the order first seen. Each name costs one look-up in
 * a set, and the column cap is applied as each new name arrives: a file of many places, each with
 * names of its own, is refused at the name past the cap without reading the places after it.
 */
function gatherFeatures(features: Iterable<Feature>): { read: Feature[]; keys: string[] } {
  const read: Feature[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    read.push(feature);
    const properties = feature.properties;
    if (!properties || typeof properties !== 'object') continue;
    for (const key of Object.keys(properties)) {
      if (seen.has(key) || styling.test(key)) continue;
      seen.add(key);
      if (seen.size > maxPropertyNames) {
        const name = key.length > 40 ? `${key.slice(0, 40)}…` : key;
        throw new ImportFileError(
          `The places in this file have more than ${maxPropertyNames} different properties (place ${count.format(read.length)} brings “${name}”); an import reads at most ${importLimits.columns} columns, Latitude and Longitude among them. Remove the properties you don’t need and upload it again.`,
        );
      }
    }
  }
  return { read, keys: [...seen] };
}

/** Map features as a table: their properties as columns, and Latitude and Longitude from points. */
export function featuresToTable(features: Iterable<Feature>, what: string): ImportTable {
  const { read, keys } = gatherFeatures(features);
  const notes: string[] = [];
  let shapes = 0;
  const rows = read.map((feature, index) => {
    const properties = (
      feature.properties && typeof feature.properties === 'object' ? feature.properties : {}
    ) as Record<string, unknown>;
    const point = pointOf(feature);
    if (!point && feature.geometry) shapes += 1;
    return {
      number: index + 1,
      cells: [
        ...keys.map((key) => propertyText(properties[key])),
        point ? String(point[0]) : '',
        point ? String(point[1]) : '',
      ],
    };
  });
  if (shapes > 0) {
    notes.push(
      `${shapes} ${shapes === 1 ? 'line or shape has' : 'lines or shapes have'} no single point; ${shapes === 1 ? 'it comes' : 'they come'} in without a place on the map.`,
    );
  }
  notes.unshift(`Read ${read.length} ${read.length === 1 ? 'place' : 'places'} from the ${what}.`);
  return buildTable([...keys, 'Latitude', 'Longitude'], rows, { notes, unit: 'place' });
}

/** The features of a GeoJSON file: a FeatureCollection or a single Feature. */
export function geoJsonFeatures(bytes: Uint8Array): Feature[] {
  if (looksBinary(bytes)) throw new ImportFileError('This file is not text, so it is not GeoJSON.');
  let document: unknown;
  try {
    document = JSON.parse(decodeText(bytes).text);
  } catch {
    throw new ImportFileError(
      'This file is not valid JSON, so it cannot be GeoJSON. Export it again from the map tool.',
    );
  }
  const root = document as { type?: unknown; features?: unknown };
  if (root?.type === 'Feature') return [root as Feature];
  if (root?.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new ImportFileError('This JSON file is not GeoJSON: it has no “FeatureCollection” of places.');
  }
  return root.features as Feature[];
}

/** A GeoJSON file (uMap and most map tools export one): a FeatureCollection or a single Feature. */
export function readGeoJson(bytes: Uint8Array): ImportTable {
  return featuresToTable(geoJsonFeatures(bytes), 'GeoJSON file');
}

const damagedKml = 'This KML file is damaged: its XML could not be read. Export it again from the map tool.';

/** The document's placemarks as features, one at a time: the column cap can stop the reading early. */
function* placemarksOf(doc: Document): Generator<Feature> {
  try {
    yield* kmlGen(doc) as Iterable<Feature>;
  } catch {
    throw new ImportFileError(damagedKml);
  }
}

/** The placemarks of a KML file (or KMZ, the same zipped), read one at a time. */
export function kmlFeatures(bytes: Uint8Array): Iterable<Feature> {
  let text: string;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Only the first KML document is unpacked; pictures and the rest are passed over.
    let found = false;
    const files = unzipWithin(bytes, {
      what: 'KMZ file',
      keep: (name) => {
        if (found || !name.toLowerCase().endsWith('.kml')) return false;
        found = true;
        return true;
      },
    });
    const first = [...files.values()][0];
    if (!first) throw new ImportFileError('This KMZ file holds no KML document.');
    text = strFromU8(first);
  } else {
    if (looksBinary(bytes)) throw new ImportFileError('This file is not text, so it is not KML.');
    text = decodeText(bytes).text;
  }
  // Entity declarations can make a few bytes expand into gigabytes; KML never needs them.
  if (/<!ENTITY/i.test(text))
    throw new ImportFileError(
      'This file declares XML entities, which KML files never need; it was not read.',
    );
  if (!/<kml[\s>]/i.test(text))
    throw new ImportFileError('This file is not KML: it has no <kml> document in it.');
  let doc: Document;
  try {
    let broken = false;
    const parser = new DOMParser({
      onError: (level) => {
        if (level === 'fatalError') broken = true;
      },
    });
    doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
    if (broken) throw new Error('malformed');
  } catch {
    throw new ImportFileError(damagedKml);
  }
  return placemarksOf(doc);
}

/** KML, as Google My Maps exports it (or KMZ, the same zipped). */
export function readKml(bytes: Uint8Array): ImportTable {
  return featuresToTable(kmlFeatures(bytes), 'KML file');
}
