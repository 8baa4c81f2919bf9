import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GeocodeError } from '@/lib/geocoding/errors';
import { createNominatimGeocoder, nominatimIntervalMs } from '@/lib/geocoding/nominatim';
import { type Clock, createPacer } from '@/lib/geocoding/pacer';
import { geocoderFor } from '@/lib/geocoding/providers';
import {
  type GeocoderStandIn,
  nominatimBadRequest,
  nominatimPlace,
  startGeocoderStandIn,
} from '../support/geocoder-stand-in';

const lynnwoodLibrary = nominatimPlace({
  lat: 47.8209316,
  lon: -122.2937421,
  display_name:
    'Lynnwood Library, 19200, 44th Avenue West, Lynnwood, Snohomish County, Washington, 98036, United States',
  category: 'amenity',
  type: 'library',
  addresstype: 'amenity',
  place_rank: 30,
  name: 'Lynnwood Library',
});
const avenueWest = nominatimPlace({
  lat: 47.8185,
  lon: -122.2921,
  display_name: '44th Avenue West, Lynnwood, Snohomish County, Washington, 98036, United States',
  category: 'highway',
  type: 'secondary',
  addresstype: 'road',
  place_rank: 26,
});

/** A pacer that never waits, for tests about something else than pacing. */
const noWait = () => createPacer({ intervalMs: 0 });

async function failure(run: () => Promise<unknown>): Promise<GeocodeError> {
  const error = await run().then(
    (value) => new Error(`expected a GeocodeError, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof GeocodeError)) throw error;
  return error;
}

describe('the Nominatim provider', () => {
  let standIn: GeocoderStandIn;
  beforeAll(async () => {
    standIn = await startGeocoderStandIn(() => ({ json: [lynnwoodLibrary, avenueWest] }));
  });
  afterAll(() => standIn.close());
  afterEach(() => {
    standIn.requests.length = 0;
    standIn.answer(() => ({ json: [lynnwoodLibrary, avenueWest] }));
    delete process.env.NOMINATIM_URL;
    delete process.env.GEOCODER_CONTACT;
  });

  it('asks /search in jsonv2 with the address, a limit and an identifying User-Agent', async () => {
    process.env.NOMINATIM_URL = standIn.url;
    process.env.GEOCODER_CONTACT = 'it@lynnwood-library.example';
    await createNominatimGeocoder({ pacer: noWait() }).search('19200 44th Ave W, Lynnwood, WA 98036');

    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/search' });
    expect(Object.fromEntries(request!.query)).toEqual({
      format: 'jsonv2',
      limit: '5',
      addressdetails: '0',
      q: '19200 44th Ave W, Lynnwood, WA 98036',
    });
    expect(request!.headers['user-agent']).toMatch(/^PartnerAtlas\/.*it@lynnwood-library\.example/);
  });

  it('keeps a path in the server address (a library’s own Nominatim under /nominatim)', async () => {
    await createNominatimGeocoder({ baseUrl: `${standIn.url}/nominatim`, pacer: noWait() }).search(
      'Lynnwood',
    );
    expect(standIn.requests[0]?.path).toBe('/nominatim/search');
  });

  it('reads places: numbers from strings, house level as exact, a street as approximate', async () => {
    const found = await createNominatimGeocoder({ baseUrl: standIn.url, pacer: noWait() }).search(
      'Lynnwood Library',
    );
    expect(found).toEqual([
      {
        label: lynnwoodLibrary.display_name,
        latitude: 47.8209316,
        longitude: -122.2937421,
        precision: 'exact',
        provider: 'nominatim',
      },
      {
        label: avenueWest.display_name,
        latitude: 47.8185,
        longitude: -122.2921,
        precision: 'approximate',
        provider: 'nominatim',
      },
    ]);
  });

  it('finds nothing in an empty array', async () => {
    standIn.answer(() => ({ json: [] }));
    expect(
      await createNominatimGeocoder({ baseUrl: standIn.url, pacer: noWait() }).search('Atlantis'),
    ).toEqual([]);
  });

  it.each([
    ['an HTTP 500', { status: 500, text: '<html><body>Internal Server Error</body></html>' }, 'status'],
    ['an HTTP 400 with Nominatim’s error object', { status: 400, json: nominatimBadRequest }, 'status'],
    ['an HTTP 429 (too many requests)', { status: 429, text: 'Too Many Requests' }, 'busy'],
    ['a body that is not JSON', { text: '<html>Bandwidth exceeded</html>' }, 'bad_response'],
    ['JSON that is not a list of places', { json: { error: 'Unable to geocode' } }, 'bad_response'],
  ] as const)('turns %s into a GeocodeError a librarian can read', async (_, reply, reason) => {
    standIn.answer(() => reply);
    const error = await failure(() =>
      createNominatimGeocoder({ baseUrl: standIn.url, pacer: noWait() }).search('Lynnwood'),
    );
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(/type the coordinates instead/);
    expect(error.message).not.toMatch(/HTTP|JSON|fetch|500|429/);
  });

  it('gives up on a server that does not answer in time', async () => {
    standIn.answer(() => ({ hang: true }));
    const error = await failure(() =>
      createNominatimGeocoder({ baseUrl: standIn.url, pacer: noWait(), timeoutMs: 150 }).search('Lynnwood'),
    );
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/took too long.*type the coordinates/);
  });

  it('says the service did not answer when nothing listens at its address', async () => {
    const closed = await startGeocoderStandIn(() => ({ json: [] }));
    await closed.close();
    const error = await failure(() =>
      createNominatimGeocoder({ baseUrl: closed.url, pacer: noWait() }).search('Lynnwood'),
    );
    expect(error.reason).toBe('unreachable');
    expect(error.message).toBe('The address service did not answer; type the coordinates instead.');
  });
});

describe('Nominatim’s one request a second', () => {
  let standIn: GeocoderStandIn;
  beforeAll(async () => {
    standIn = await startGeocoderStandIn(() => ({ json: [lynnwoodLibrary] }));
  });
  afterAll(() => standIn.close());
  afterEach(() => {
    standIn.requests.length = 0;
    standIn.onRequest = undefined;
    vi.useRealTimers();
    delete process.env.NOMINATIM_URL;
  });

  /** A clock that moves only when the test says: waits are checked, never waited for. */
  function manualClock() {
    let now = 0;
    let sleepers: { at: number; wake: () => void }[] = [];
    return {
      now: () => now,
      sleep: (ms: number) => new Promise<void>((wake) => sleepers.push({ at: now + ms, wake })),
      /** When each queued lookup will be let go. */
      waiting: () => sleepers.map((s) => s.at),
      advanceTo(time: number) {
        now = time;
        for (const s of sleepers.filter((s) => s.at <= time)) s.wake();
        sleepers = sleepers.filter((s) => s.at > time);
      },
    } satisfies Clock & Record<string, unknown>;
  }

  /** Lets pending I/O and promises run until `done` holds (no timing is asserted). */
  async function until(done: () => boolean) {
    for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(done()).toBe(true);
  }

  it('queues lookups asked for at once and sends them a second apart, none dropped', async () => {
    const clock = manualClock();
    const arrivedAt: number[] = [];
    standIn.onRequest = () => arrivedAt.push(clock.now());
    const geocoder = createNominatimGeocoder({
      baseUrl: standIn.url,
      pacer: createPacer({ intervalMs: nominatimIntervalMs, clock }),
    });

    const all = Promise.all(['A St', 'B St', 'C St', 'D St'].map((q) => geocoder.search(q)));
    await until(() => standIn.requests.length === 1);
    // The other three wait their turn, one second apart.
    expect(clock.waiting()).toEqual([1000, 2000, 3000]);
    for (const [index, time] of [1000, 2000, 3000].entries()) {
      clock.advanceTo(time - 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(standIn.requests).toHaveLength(index + 1);
      clock.advanceTo(time);
      await until(() => standIn.requests.length === index + 2);
    }

    const results = await all;
    expect(results.every((found) => found.length === 1)).toBe(true);
    expect(standIn.requests.map((r) => r.query.get('q'))).toEqual(['A St', 'B St', 'C St', 'D St']);
    expect(arrivedAt).toEqual([0, 1000, 2000, 3000]);
  });

  it('lets a lookup go at once when the previous one was more than a second ago', async () => {
    const clock = manualClock();
    const geocoder = createNominatimGeocoder({
      baseUrl: standIn.url,
      pacer: createPacer({ intervalMs: nominatimIntervalMs, clock }),
    });
    await geocoder.search('A St');
    clock.advanceTo(1500);
    await geocoder.search('B St');
    expect(clock.waiting()).toEqual([]);
    expect(standIn.requests).toHaveLength(2);
  });

  it('refuses as busy, rather than queueing for minutes, when the line is too long', async () => {
    const clock = manualClock();
    const pacer = createPacer({ intervalMs: 1000, maxWaitMs: 2000, clock });
    const geocoder = createNominatimGeocoder({ baseUrl: standIn.url, pacer });
    const first = geocoder.search('A St');
    void geocoder.search('B St'); // waits 1 s
    void geocoder.search('C St'); // waits 2 s
    const error = await failure(() => geocoder.search('D St')); // would wait 3 s
    expect(error.reason).toBe('busy');
    expect(error.message).toMatch(/busy.*type the coordinates/);
    await first;
    expect(clock.waiting()).toEqual([1000, 2000]);
  });

  it('shares one queue between every Nominatim lookup in the server process', async () => {
    process.env.NOMINATIM_URL = standIn.url;
    // Whatever the previous test left of the shared queue has long passed in faked time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() + 60_000 });

    await geocoderFor('nominatim').search('A St');
    const second = geocoderFor('nominatim').search('B St');
    await vi.advanceTimersByTimeAsync(nominatimIntervalMs - 1);
    expect(standIn.requests.map((r) => r.query.get('q'))).toEqual(['A St']);

    await vi.advanceTimersByTimeAsync(1);
    expect(await second).toHaveLength(1);
    expect(standIn.requests.map((r) => r.query.get('q'))).toEqual(['A St', 'B St']);
  });
});
