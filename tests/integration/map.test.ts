import { afterEach, describe, expect, it } from 'vitest';
import { GET as getBaseMap } from '@/app/api/map/basemap/route';
import { GET } from '@/app/api/map/route';
import { partners } from '@/db/schema';
import { decodeMapPayload, readMapPayload } from '@/lib/map/payload';
import type { MapPartnerSummary } from '@/lib/map/queries';
import { partnerFilterWhere } from '@/lib/partners/filter-sql';
import { parsePartnerFilter } from '@/lib/partners/filters';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  createPartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

function getMap(query = '') {
  return GET(new Request(`http://localhost/api/map${query ? `?${query}` : ''}`), {
    params: Promise.resolve({}),
  });
}

async function mapData(query = '') {
  const response = await getMap(query);
  expect(response.status).toBe(200);
  const payload = await readMapPayload(response);
  return { payload, data: decodeMapPayload(payload) };
}

async function summary(id: string) {
  return GET(new Request(`http://localhost/api/map?summary=${id}`), { params: Promise.resolve({}) });
}

/** Every partner id the map data names, placed or not. */
function allIds(data: ReturnType<typeof decodeMapPayload>) {
  return [...data.points, ...data.hidden, ...data.unplaced].map((p) => p.id).sort();
}

describe('the map data route', () => {
  it('answers signed-out callers and callers who must change their password with 401', async () => {
    expect((await getMap()).status).toBe(401);
    const { org } = await createOrganizationWithMembers(t.db);
    const pending = await createMember(t.db, org.id, { role: 'admin', mustChangePassword: true });
    signInAs(pending);
    expect((await getMap()).status).toBe(401);
  });

  it('shows a viewer their own organization’s partners and branches, never another’s', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const mine = await createPartner(t.db, a.org.id, {
      name: 'Riverside Teen Center',
      latitude: 47.61,
      longitude: -122.33,
    });
    const theirs = await createPartner(t.db, b.org.id, {
      name: 'Harbour Food Bank',
      latitude: 47.1,
      longitude: -122.5,
    });
    const myBranch = await createBranch(t.db, a.org.id, { name: 'Central' });
    const theirBranch = await createBranch(t.db, b.org.id, { name: 'Harbour' });
    await createBranch(t.db, a.org.id, { name: 'Bookmobile', latitude: null, longitude: null });

    signInAs(a.viewer);
    const { payload, data } = await mapData();
    expect(allIds(data)).toEqual([mine.id]);
    expect(data.branches.map((x) => x.id)).toEqual([myBranch.id]);
    const text = JSON.stringify(payload);
    expect(text).not.toContain(theirs.id);
    expect(text).not.toContain(theirBranch.id);

    // Another organization's partner, even asked for by id, is not found.
    expect((await summary(theirs.id)).status).toBe(404);
    expect((await summary('not-a-uuid')).status).toBe(404);
    expect((await summary(mine.id)).status).toBe(200);
  });

  it('sorts by name and leaves archived partners out', async () => {
    const { org, viewer } = await createOrganizationWithMembers(t.db);
    for (const name of ['zebra Crossing Garden', 'Apple Tree Daycare', 'mill Creek Seniors'])
      await createPartner(t.db, org.id, { name, latitude: 47.6, longitude: -122.3 });
    await createPartner(t.db, org.id, {
      name: 'Closed Club',
      latitude: 47.6,
      longitude: -122.3,
      archivedAt: new Date(),
    });
    signInAs(viewer);
    const { data } = await mapData();
    expect(data.points.map((p) => p.name)).toEqual([
      'Apple Tree Daycare',
      'mill Creek Seniors',
      'zebra Crossing Garden',
    ]);
  });
});

describe('location privacy on the map', () => {
  it('never sends a hidden partner’s point, lists and counts it instead', async () => {
    const { org, viewer, admin } = await createOrganizationWithMembers(t.db);
    const hidden = await createPartner(t.db, org.id, {
      name: 'A Neighbour Who Teaches Knitting',
      category: 'individual',
      locationPrecision: 'hidden',
      latitude: 47.654321,
      longitude: -122.345678,
    });
    const unplaced = await createPartner(t.db, org.id, { name: 'Not Yet Placed' });
    for (const member of [viewer, admin]) {
      signInAs(member);
      const { payload, data } = await mapData();
      expect(payload.hiddenCount).toBe(1);
      expect(data.hidden.map((p) => p.id)).toEqual([hidden.id]);
      expect(data.unplaced.map((p) => p.id)).toEqual([unplaced.id]);
      expect(data.points).toEqual([]);
      const text = JSON.stringify(payload);
      expect(text).not.toContain('47.65');
      expect(text).not.toContain('122.34');
    }
  });

  it('rounds an approximate point to about a kilometre for everyone', async () => {
    const { org, viewer, admin } = await createOrganizationWithMembers(t.db);
    await createPartner(t.db, org.id, {
      name: 'Grandma Lee',
      category: 'individual',
      locationPrecision: 'approximate',
      latitude: 47.612345,
      longitude: -122.345678,
    });
    await createPartner(t.db, org.id, {
      name: 'Library Park',
      latitude: 47.6543219,
      longitude: -122.2987654,
    });
    for (const member of [viewer, admin]) {
      signInAs(member);
      const { payload, data } = await mapData();
      const [lee, park] = data.points;
      expect(lee).toMatchObject({ name: 'Grandma Lee', lat: 47.61, lng: -122.35, approximate: true });
      expect(park).toMatchObject({
        name: 'Library Park',
        lat: 47.65432,
        lng: -122.29877,
        approximate: false,
      });
      expect(JSON.stringify(payload)).not.toContain('47.612');
      expect(JSON.stringify(payload)).not.toContain('122.3456');
    }
  });

  it('keeps addresses of people and of approximate or hidden places from viewers in the popup', async () => {
    const { org, viewer, staff } = await createOrganizationWithMembers(t.db);
    const owner = await createMember(t.db, org.id, { role: 'staff', name: 'Olive Owner' });
    const branch = await createBranch(t.db, org.id, { name: 'Northgate Central' });
    const school = await createPartner(t.db, org.id, {
      name: 'Lincoln Elementary',
      address: '100 School Rd',
      latitude: 47.6,
      longitude: -122.3,
      primaryBranchId: branch.id,
      ownerMembershipId: owner.membershipId,
      stage: 'connected',
      nextFollowUpOn: '2030-05-01',
    });
    const person = await createPartner(t.db, org.id, {
      name: 'Pat Connector',
      category: 'individual',
      address: '12 Home St',
      latitude: 47.6,
      longitude: -122.3,
    });
    const area = await createPartner(t.db, org.id, {
      name: 'Market Stall',
      category: 'local_economy',
      locationPrecision: 'approximate',
      address: '7 Market Sq',
      latitude: 47.6,
      longitude: -122.3,
    });

    signInAs(viewer);
    const seen = (await (await summary(school.id)).json()) as MapPartnerSummary;
    expect(seen).toMatchObject({
      name: 'Lincoln Elementary',
      category: 'institution',
      stage: 'connected',
      address: '100 School Rd',
      branchName: 'Northgate Central',
      ownerName: 'Olive Owner',
      nextFollowUpOn: '2030-05-01',
    });
    for (const id of [person.id, area.id]) {
      const body = await (await summary(id)).json();
      expect(body.address).toBeNull();
      expect(JSON.stringify(body)).not.toMatch(/Home St|Market Sq/);
    }

    signInAs(staff);
    expect(((await (await summary(person.id)).json()) as MapPartnerSummary).address).toBe('12 Home St');
    expect(((await (await summary(area.id)).json()) as MapPartnerSummary).address).toBe('7 Market Sq');
  });
});

describe('filters on the map', () => {
  it('match the shared partner filter, one excluded partner per kind of filter', async () => {
    const { org, viewer, staff } = await createOrganizationWithMembers(t.db);
    const north = await createBranch(t.db, org.id, { name: 'North' });
    const at = { latitude: 47.6, longitude: -122.3 };
    const teen = await createPartner(t.db, org.id, {
      ...at,
      name: 'Riverside Teen Center',
      stage: 'connected',
      category: 'institution',
      sectors: ['youth_serving'],
      agesServed: ['teens'],
      primaryBranchId: north.id,
      ownerMembershipId: staff.membershipId,
      description: 'Drop-in homework help',
    });
    const garden = await createPartner(t.db, org.id, {
      ...at,
      name: 'Community Garden',
      stage: 'identified',
      category: 'physical_space',
      sectors: ['food'],
      agesServed: ['adults'],
    });
    const cases: [string, string[]][] = [
      ['stage=connected', [teen.id]],
      ['category=physical_space', [garden.id]],
      ['sector=youth_serving', [teen.id]],
      ['ages=adults', [garden.id]],
      [`branch=${north.id}`, [teen.id]],
      ['branch=none', [garden.id]],
      [`owner=${staff.membershipId}`, [teen.id]],
      ['owner=none', [garden.id]],
      ['q=homework', [teen.id]],
      ['q=GARDEN', [garden.id]],
      ['stage=connected&category=physical_space', []],
    ];
    signInAs(viewer);
    for (const [query, expected] of cases) {
      const { data } = await mapData(query);
      expect(allIds(data), query).toEqual([...expected].sort());
      // The same answer the partner list and the export get from the shared WHERE clause.
      const listed = await t.db
        .select({ id: partners.id })
        .from(partners)
        .where(
          partnerFilterWhere(
            { orgId: org.id, role: 'admin' },
            parsePartnerFilter(new URLSearchParams(query)),
          ),
        );
      expect(allIds(data), query).toEqual(listed.map((r) => r.id).sort());
    }
  });
});

describe('the size of the map data', () => {
  it('stays under 120 bytes a partner, and under 90 beside the name', async () => {
    const { org, viewer } = await createOrganizationWithMembers(t.db);
    const rows = Array.from({ length: 400 }, (_, i) => ({
      orgId: org.id,
      name: `Riverside Teen Center ${String(i).padStart(3, '0')}`,
      category: 'institution' as const,
      stage: 'collaborating' as const,
      latitude: 47.5 + i / 1000 + 0.0000123,
      longitude: -122.4 - i / 1000 - 0.0000123,
      locationPrecision: i % 10 === 0 ? ('approximate' as const) : ('exact' as const),
      version: 3,
    }));
    await t.db.insert(partners).values(rows);
    signInAs(viewer);
    const { payload } = await mapData();
    expect(payload.partners).toHaveLength(400);
    const bytes = Buffer.byteLength(JSON.stringify(payload.partners));
    const names = rows.reduce((n, r) => n + Buffer.byteLength(r.name), 0);
    expect(bytes / 400).toBeLessThan(120);
    expect((bytes - names) / 400).toBeLessThan(90);
  });
});

describe('the offline base map route', () => {
  it('is for members only, and sends outlines and town names around the map centre', async () => {
    const request = () =>
      getBaseMap(new Request('http://localhost/api/map/basemap?at=47.6,-122.3'), {
        params: Promise.resolve({}),
      });
    expect((await request()).status).toBe(401);
    const { viewer } = await createOrganizationWithMembers(t.db);
    signInAs(viewer);
    const response = await request();
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toContain('max-age');
    const text = await response.text();
    // Small enough to send once and keep: well under a quarter of a megabyte.
    expect(text.length).toBeLessThan(250_000);
    const body = JSON.parse(text);
    expect(body.attribution).toBe('US Census Bureau (us-atlas)');
    expect(body.borders.length).toBeGreaterThan(10);
    expect(body.counties.length).toBeGreaterThan(10);
    const names = body.places.map((p: [string]) => p[0]);
    expect(names).toEqual(expect.arrayContaining(['Seattle', 'Tacoma', 'Everett']));
    expect(names).not.toContain('Apo');
  });
});
