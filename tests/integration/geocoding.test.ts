import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { geocodeCache, organizations } from '@/db/schema';
import type { GeocoderKind } from '@/db/schema/vocabulary';
import { lookUpAddress } from '@/lib/geocoding/actions';
import { geocodeAddress, normaliseQuery } from '@/lib/geocoding/geocode';
import { noMatchMessage } from '@/lib/geocoding/validation';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import {
  censusMatch,
  censusResponse,
  type GeocoderStandIn,
  nominatimPlace,
  startGeocoderStandIn,
} from '../support/geocoder-stand-in';

const t = useTestDatabase();

const address = '19200 44th Ave W, Lynnwood, WA 98036';
const match = censusMatch({
  matchedAddress: '19200 44TH AVE W, LYNNWOOD, WA, 98036',
  x: -122.2937,
  y: 47.8209,
});
const found = {
  label: '19200 44TH AVE W, LYNNWOOD, WA, 98036',
  latitude: 47.8209,
  longitude: -122.2937,
  precision: 'exact',
  provider: 'census',
};
const answersWithMatch = (r: { query: URLSearchParams }) => ({
  json: censusResponse(r.query.get('address') ?? '', [match]),
});

let census: GeocoderStandIn;
let nominatim: GeocoderStandIn;

beforeAll(async () => {
  census = await startGeocoderStandIn(answersWithMatch);
  nominatim = await startGeocoderStandIn(() => ({
    json: [
      nominatimPlace({
        lat: 47.8209316,
        lon: -122.2937421,
        display_name: 'Lynnwood Library, 19200, 44th Avenue West, Lynnwood, Washington, 98036, United States',
      }),
    ],
  }));
  process.env.CENSUS_GEOCODER_URL = census.url;
  process.env.NOMINATIM_URL = nominatim.url;
});

afterAll(async () => {
  delete process.env.CENSUS_GEOCODER_URL;
  delete process.env.NOMINATIM_URL;
  await census.close();
  await nominatim.close();
});

afterEach(() => {
  signInAs(null);
  census.requests.length = 0;
  nominatim.requests.length = 0;
  census.answer(answersWithMatch);
});

async function libraryUsing(geocoder: GeocoderKind, name?: string) {
  const members = await createOrganizationWithMembers(t.db, name);
  await t.db.update(organizations).set({ geocoder }).where(eq(organizations.id, members.org.id));
  return members;
}

async function cacheRows(orgId: string) {
  return t.db.select().from(geocodeCache).where(eq(geocodeCache.orgId, orgId));
}

describe('looking an address up with the organization’s geocoder', () => {
  it('asks the geocoder the organization chose', async () => {
    const { org } = await libraryUsing('census');
    expect(await geocodeAddress(t.db, { orgId: org.id }, address)).toEqual({ candidates: [found] });
    expect(census.requests).toHaveLength(1);
    expect(census.requests[0]?.query.get('address')).toBe(address);
    expect(nominatim.requests).toHaveLength(0);
  });

  it('remembers an answer: the same address, spaced or capitalised differently, is not asked again', async () => {
    const { org } = await libraryUsing('census');
    await geocodeAddress(t.db, { orgId: org.id }, address);
    const again = await geocodeAddress(t.db, { orgId: org.id }, '  19200 44TH AVE W,   lynnwood, wa 98036 ');
    expect(again).toEqual({ candidates: [found] });
    expect(census.requests).toHaveLength(1);
    expect(await cacheRows(org.id)).toMatchObject([
      { provider: 'census', query: normaliseQuery(address), results: [found] },
    ]);
  });

  it('keeps each organization’s lookups to itself: another library asking the same is sent to the service', async () => {
    const a = await libraryUsing('census', 'Library A');
    const b = await libraryUsing('census', 'Library B');
    await geocodeAddress(t.db, { orgId: a.org.id }, address);
    expect(await geocodeAddress(t.db, { orgId: b.org.id }, address)).toEqual({ candidates: [found] });
    expect(census.requests).toHaveLength(2);
    expect(await cacheRows(a.org.id)).toHaveLength(1);
    expect(await cacheRows(b.org.id)).toHaveLength(1);
  });

  it('remembers per geocoder: after switching, the new one is asked', async () => {
    const { org } = await libraryUsing('census');
    await geocodeAddress(t.db, { orgId: org.id }, address);
    await t.db.update(organizations).set({ geocoder: 'nominatim' }).where(eq(organizations.id, org.id));
    const result = await geocodeAddress(t.db, { orgId: org.id }, address);
    expect(result).toMatchObject({ candidates: [{ provider: 'nominatim', precision: 'exact' }] });
    expect(nominatim.requests).toHaveLength(1);
    expect(nominatim.requests[0]?.headers['user-agent']).toMatch(/^PartnerAtlas\//);
  });

  it('does not remember a lookup that found nothing, so a corrected service is asked again', async () => {
    const { org } = await libraryUsing('census');
    census.answer((r) => ({ json: censusResponse(r.query.get('address') ?? '', []) }));
    expect(await geocodeAddress(t.db, { orgId: org.id }, address)).toEqual({ candidates: [] });
    census.answer(answersWithMatch);
    expect(await geocodeAddress(t.db, { orgId: org.id }, address)).toEqual({ candidates: [found] });
    expect(census.requests).toHaveLength(2);
  });

  it('turns a failing service into a message, and remembers nothing', async () => {
    const { org } = await libraryUsing('census');
    census.answer(() => ({ status: 500, text: 'Internal Server Error' }));
    expect(await geocodeAddress(t.db, { orgId: org.id }, address)).toEqual({
      error: 'The address service did not answer; type the coordinates instead.',
    });
    expect(await cacheRows(org.id)).toHaveLength(0);
  });

  it('asks again once a remembered answer is months old', async () => {
    const { org } = await libraryUsing('census');
    await geocodeAddress(t.db, { orgId: org.id }, address);
    await t.db
      .update(geocodeCache)
      .set({ createdAt: sql`now() - interval '100 days'` })
      .where(eq(geocodeCache.orgId, org.id));
    await geocodeAddress(t.db, { orgId: org.id }, address);
    expect(census.requests).toHaveLength(2);
    const [row] = await cacheRows(org.id);
    expect(Date.now() - row!.createdAt.getTime()).toBeLessThan(60_000);
  });

  it('looks up offline without the network and keeps no copy of the address', async () => {
    const { org } = await libraryUsing('offline');
    expect(await geocodeAddress(t.db, { orgId: org.id }, address)).toEqual({
      candidates: [
        {
          label: 'Approximate: centre of ZIP 98036 (Lynnwood, WA)',
          latitude: 47.8049,
          longitude: -122.2855,
          precision: 'approximate',
          provider: 'offline',
        },
      ],
    });
    expect(census.requests).toHaveLength(0);
    expect(nominatim.requests).toHaveLength(0);
    expect(await cacheRows(org.id)).toHaveLength(0);
  });
});

describe('the “Find on map” action', () => {
  it.each(['staff', 'manager', 'admin'] as const)('gives a %s the places found', async (role) => {
    const members = await libraryUsing('census');
    signInAs(members[role]);
    expect(await lookUpAddress(null, form({ address }))).toEqual({ ok: true, data: { candidates: [found] } });
  });

  it('looks up in the caller’s own organization, whatever the form names', async () => {
    const a = await libraryUsing('census', 'Library A');
    const b = await libraryUsing('offline', 'Library B');
    signInAs(b.staff);
    const result = await lookUpAddress(null, form({ address, orgId: a.org.id, organizationId: a.org.id }));
    expect(result).toMatchObject({ ok: true, data: { candidates: [{ provider: 'offline' }] } });
    expect(census.requests).toHaveLength(0);
    expect(await cacheRows(a.org.id)).toHaveLength(0);
  });

  it('says beside the address when nothing was found', async () => {
    const { staff } = await libraryUsing('census');
    census.answer((r) => ({ json: censusResponse(r.query.get('address') ?? '', []) }));
    signInAs(staff);
    expect(await lookUpAddress(null, form({ address: '1 Nowhere Lane, Atlantis' }))).toEqual({
      ok: false,
      message: noMatchMessage,
      fieldErrors: { address: [noMatchMessage] },
    });
  });

  it('says beside the address when the service fails, without its raw error', async () => {
    const { staff } = await libraryUsing('census');
    census.answer(() => ({ text: 'not json' }));
    signInAs(staff);
    const result = await lookUpAddress(null, form({ address }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { address: [expect.stringMatching(/type the coordinates instead/)] },
    });
  });

  it.each([
    ['', /at least a street and town/],
    ['ab', /at least a street and town/],
    ['x'.repeat(301), /at most 300 characters/],
  ])('refuses the address %j beside the field without asking the service', async (typed, message) => {
    const { staff } = await libraryUsing('census');
    signInAs(staff);
    const result = await lookUpAddress(null, form({ address: typed }));
    expect(result).toMatchObject({ ok: false, message: 'Some fields need attention.' });
    if (result.ok) return;
    expect(result.fieldErrors?.address?.[0]).toMatch(message);
    expect(census.requests).toHaveLength(0);
  });

  it('refuses a viewer, who cannot place partners', async () => {
    const { viewer, org } = await libraryUsing('census');
    signInAs(viewer);
    expect(await lookUpAddress(null, form({ address }))).toEqual({
      ok: false,
      message: 'Only staff, managers and admins can do this. Your role is viewer.',
    });
    expect(census.requests).toHaveLength(0);
    expect(await cacheRows(org.id)).toHaveLength(0);
  });

  it('refuses a visitor who is not signed in', async () => {
    signInAs(null);
    expect(await lookUpAddress(null, form({ address }))).toEqual({
      ok: false,
      message: 'Your session has ended. Sign in again to continue.',
    });
    expect(census.requests).toHaveLength(0);
    expect(nominatim.requests).toHaveLength(0);
  });
});
