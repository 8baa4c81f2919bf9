import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCensusGeocoder } from '@/lib/geocoding/census';
import { GeocodeError } from '@/lib/geocoding/errors';
import { createOfflineGeocoder } from '@/lib/geocoding/offline';
import {
  censusBadRequest,
  censusMatch,
  censusResponse,
  type GeocoderStandIn,
  startGeocoderStandIn,
} from '../support/geocoder-stand-in';

async function failure(run: () => Promise<unknown>): Promise<GeocodeError> {
  const error = await run().then(
    (value) => new Error(`expected a GeocodeError, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof GeocodeError)) throw error;
  return error;
}

describe('the US Census provider', () => {
  const address = '19200 44th Ave W, Lynnwood, WA 98036';
  const match = censusMatch({
    matchedAddress: '19200 44TH AVE W, LYNNWOOD, WA, 98036',
    x: -122.29374562183,
    y: 47.82091874312,
  });
  let standIn: GeocoderStandIn;
  beforeAll(async () => {
    standIn = await startGeocoderStandIn((r) => ({
      json: censusResponse(r.query.get('address') ?? '', [match]),
    }));
  });
  afterAll(() => standIn.close());
  afterEach(() => {
    standIn.requests.length = 0;
    standIn.answer((r) => ({ json: censusResponse(r.query.get('address') ?? '', [match]) }));
    delete process.env.CENSUS_GEOCODER_URL;
  });

  it('asks the one-line address service with the current benchmark, in JSON', async () => {
    process.env.CENSUS_GEOCODER_URL = standIn.url;
    await createCensusGeocoder().search(address);
    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/geocoder/locations/onelineaddress' });
    expect(Object.fromEntries(request!.query)).toEqual({
      address,
      benchmark: 'Public_AR_Current',
      format: 'json',
    });
  });

  it('reads matches: y is the latitude, x the longitude, and a match is exact', async () => {
    expect(await createCensusGeocoder({ baseUrl: standIn.url }).search(address)).toEqual([
      {
        label: '19200 44TH AVE W, LYNNWOOD, WA, 98036',
        latitude: 47.82091874312,
        longitude: -122.29374562183,
        precision: 'exact',
        provider: 'census',
      },
    ]);
  });

  it('finds nothing when there are no address matches', async () => {
    standIn.answer((r) => ({ json: censusResponse(r.query.get('address') ?? '', []) }));
    expect(await createCensusGeocoder({ baseUrl: standIn.url }).search('10 Downing St, London')).toEqual([]);
  });

  it.each([
    ['an HTTP 500', { status: 500, text: 'Internal Server Error' }, 'status'],
    ['an HTTP 400 with the service’s error list', { status: 400, json: censusBadRequest }, 'status'],
    ['a body that is not JSON', { text: '<html>Service unavailable</html>' }, 'bad_response'],
    ['JSON without a result', { json: { errors: ['Invalid benchmark'] } }, 'bad_response'],
  ] as const)('turns %s into a GeocodeError a librarian can read', async (_, reply, reason) => {
    standIn.answer(() => reply);
    const error = await failure(() => createCensusGeocoder({ baseUrl: standIn.url }).search(address));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(/type the coordinates instead/);
  });

  it('gives up on a server that does not answer in time', async () => {
    standIn.answer(() => ({ hang: true }));
    const error = await failure(() =>
      createCensusGeocoder({ baseUrl: standIn.url, timeoutMs: 150 }).search(address),
    );
    expect(error.reason).toBe('timeout');
  });
});

describe('the offline provider', () => {
  const offline = createOfflineGeocoder();

  it('puts an address with a ZIP code at the centre of that ZIP, marked approximate', async () => {
    expect(await offline.search('19200 44th Ave W, Lynnwood, WA 98036')).toEqual([
      {
        label: 'Approximate: centre of ZIP 98036 (Lynnwood, WA)',
        latitude: 47.8049,
        longitude: -122.2855,
        precision: 'approximate',
        provider: 'offline',
      },
    ]);
    expect(await offline.search('98036-1234')).toMatchObject([
      { label: expect.stringContaining('ZIP 98036') },
    ]);
  });

  it('does not take a five-digit house number for a ZIP code', async () => {
    // 12345 is a real ZIP code (Schenectady, NY).
    expect(await offline.search('12345 Main St, Lynnwood, WA')).toMatchObject([
      { label: 'Approximate: centre of Lynnwood, WA' },
    ]);
    expect(await offline.search('12345 Main St')).toEqual([]);
  });

  it.each(['Lynnwood, WA', 'lynnwood wa', 'Lynnwood, Washington, USA'])(
    'puts "%s" at the centre of the city',
    async (address) => {
      const [found, ...more] = await offline.search(address);
      expect(more).toEqual([]);
      expect(found).toMatchObject({
        label: 'Approximate: centre of Lynnwood, WA',
        precision: 'approximate',
        provider: 'offline',
      });
      // Lynnwood's ZIP codes lie within a few kilometres of each other.
      expect(found!.latitude).toBeCloseTo(47.83, 1);
      expect(found!.longitude).toBeCloseTo(-122.28, 1);
    },
  );

  it.each(['Atlantis, WA', 'Lynnwood, ZZ', 'somewhere near the river', '00000'])(
    'finds nothing for "%s"',
    async (address) => {
      expect(await offline.search(address)).toEqual([]);
    },
  );
});
