import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './errors';
import { importLimits } from './limits';
import { readImportFile } from './read';
import { featuresToTable } from './read-geo';

// Map files whose places each bring property names of their own: the column cap must stop the
// reading at the name past it, in time that grows with the file, never with its square.

const keysPerPlace = 10;
const point = { type: 'Point', coordinates: [-122.2, 47.9] };

function adversarialFeatures(places: number) {
  return Array.from({ length: places }, (_, place) => ({
    type: 'Feature',
    geometry: point,
    properties: Object.fromEntries(
      Array.from({ length: keysPerPlace }, (_, key) => [`k${place}_${key}`, 'x']),
    ),
  }));
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readImportFile(name, bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('The file was read');
}

/** Features whose properties count how often their names are listed and their values read. */
function countedFeatures(features: ReturnType<typeof adversarialFeatures>) {
  const counts = { listed: 0, read: 0 };
  const counted = features.map((feature) => ({
    ...feature,
    properties: new Proxy(feature.properties, {
      ownKeys(target) {
        counts.listed += 1;
        return Reflect.ownKeys(target);
      },
      get(target, key) {
        counts.read += 1;
        return Reflect.get(target, key);
      },
    }),
  }));
  return { counted, counts };
}

// The 199th name (the cap less Latitude and Longitude, plus one) comes with place 20.
const expected =
  'The places in this file have more than 198 different properties (place 20 brings “k19_8”); an import reads at most 200 columns, Latitude and Longitude among them. Remove the properties you don’t need and upload it again.';

describe('property names of map files', () => {
  it('refuses 20,000 GeoJSON places with ten names each at the cap, with the place that passed it', async () => {
    const file = JSON.stringify({ type: 'FeatureCollection', features: adversarialFeatures(20_000) });
    expect(file.length).toBeLessThan(importLimits.fileBytes);
    expect(await refusal('places.geojson', strToU8(file))).toBe(expected);
  });

  it('stops listing names at the place that passes the cap, and reads no value of a refused file', () => {
    const { counted, counts } = countedFeatures(adversarialFeatures(2_000));
    expect(() => featuresToTable(counted, 'GeoJSON file')).toThrow(expected);
    // The names of 20 places were listed, not those of all 2,000 (which gathering every name
    // first, each searched for in a growing list, did: 20,000 names, 200 million comparisons).
    expect(counts.listed).toBe(20);
    expect(counts.read).toBe(0);
  });

  it('lists each place’s names once and reads each value once on a file within the cap', () => {
    const features = Array.from({ length: 5_000 }, (_, place) => ({
      type: 'Feature',
      geometry: point,
      properties: Object.fromEntries(
        Array.from({ length: 50 }, (_, key) => [`field ${key}`, `${place}-${key}`]),
      ),
    }));
    const { counted, counts } = countedFeatures(features);
    const table = featuresToTable(counted, 'GeoJSON file');
    expect(table.headers).toHaveLength(52);
    expect(table.rows[4_999]![49]).toBe('4999-49');
    expect(counts.listed).toBe(5_000);
    expect(counts.read).toBe(5_000 * 50);
  });

  it('refuses a KML file of 5,000 placemarks with ten data names each at the same place', async () => {
    const placemarks = Array.from(
      { length: 5_000 },
      (_, place) =>
        `<Placemark><name>P${place}</name><ExtendedData>${Array.from(
          { length: keysPerPlace - 1 },
          (_, key) => `<Data name="k${place}_${key}"><value>x</value></Data>`,
        ).join('')}</ExtendedData><Point><coordinates>-122.2,47.9</coordinates></Point></Placemark>`,
    );
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join('')}</Document></kml>`;
    // "name" is every placemark's first property and nine data names follow: 1 + 9 × 22 = 199.
    expect(await refusal('places.kml', strToU8(kml))).toMatch(
      /^The places in this file have more than 198 different properties \(place 22 brings “k21_8”\)/,
    );
  });
});
