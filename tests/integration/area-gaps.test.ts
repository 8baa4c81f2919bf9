import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/dashboard/[section]/route';
import { partners } from '@/db/schema';
import { updateArea } from '@/lib/areas/actions';
import { areaGaps } from '@/lib/areas/coverage';
import { createBranch, createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { createArea, createAreaSet, geoJsonFile } from '../factories/areas';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();
afterEach(() => signInAs(null));

// Two areas side by side, sharing the border at longitude -122.203: West from -122.3, East to
// -122.1, both between latitudes 47.9 and 48.0.
function box(west: number, south: number, east: number, north: number): [number, number][][][] {
  return [
    [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  ];
}

let org: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let westId: string;
let moved: string;

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db);
  const branch = await createBranch(t.db, org.org.id, { name: 'West Branch' });
  const set = await createAreaSet(t.db, org.org.id);
  westId = (
    await createArea(t.db, org.org.id, set.id, {
      name: 'West',
      polygons: box(-122.3, 47.9, -122.203, 48.0),
      branchId: branch.id,
    })
  ).id;
  await createArea(t.db, org.org.id, set.id, { name: 'East', polygons: box(-122.203, 47.9, -122.1, 48.0) });
  const p = (values: Parameters<typeof createPartner>[2]) => createPartner(t.db, org.org.id, values);
  await p({
    name: 'Teen centre',
    latitude: 47.95,
    longitude: -122.25,
    agesServed: ['teens'],
    primaryBranchId: branch.id,
  });
  await p({ name: 'On the border', latitude: 47.95, longitude: -122.203, agesServed: ['older_adults'] });
  await p({
    name: 'Hidden shelter',
    latitude: 47.95,
    longitude: -122.15,
    locationPrecision: 'hidden',
    agesServed: ['adults'],
  });
  // Its own point is in West; rounded to about a kilometre (-122.20), as the map shows it, in East.
  await p({
    name: 'Approximate home',
    latitude: 47.951,
    longitude: -122.1949,
    locationPrecision: 'approximate',
    agesServed: ['families'],
  });
  await p({ name: 'Archived', latitude: 47.95, longitude: -122.25, archivedAt: new Date() });
  await p({ name: 'Far away', latitude: 10, longitude: 10 });
  await p({ name: 'No point' });
  moved = (await p({ name: 'Mover', latitude: 47.95, longitude: -122.28, agesServed: ['children'] })).id;
  // Another organization's partner in the same place is never counted.
  await createPartner(t.db, (await createOrganizationWithMembers(t.db)).org.id, {
    latitude: 47.95,
    longitude: -122.25,
  });
});

async function counted() {
  const gaps = await areaGaps(t.db, { orgId: org.org.id, role: 'staff' });
  return Object.fromEntries(gaps.areas.map((a) => [a.name, a]));
}

describe('counting partners per area', () => {
  it('counts each partner in the area it falls in, a border partner in both, hidden ones too', async () => {
    const gaps = await areaGaps(t.db, { orgId: org.org.id, role: 'staff' });
    expect(gaps.set?.name).toBe('Service areas');
    const byName = Object.fromEntries(gaps.areas.map((a) => [a.name, a]));
    expect(byName.West).toMatchObject({ partners: 3, hidden: 0, approximate: 0 });
    expect(byName.East).toMatchObject({ partners: 3, hidden: 1, approximate: 1 });
    expect(byName.West!.missingAges).toEqual(['early_childhood', 'adults', 'families']);
    expect(byName.East!.missingAges).toEqual(['early_childhood', 'children', 'teens']);
    expect(gaps.outside).toBe(1);
    expect(gaps.unplaced).toBe(1);
  });

  it('follows a partner that moves', async () => {
    await t.db.update(partners).set({ longitude: -122.15 }).where(eq(partners.id, moved));
    const byName = await counted();
    expect(byName.West!.partners).toBe(2);
    expect(byName.East!.partners).toBe(4);
    await t.db.update(partners).set({ longitude: -122.28 }).where(eq(partners.id, moved));
  });

  it('follows an area whose shape is edited', async () => {
    signInAs(org.admin);
    const data = form({ id: westId, version: '1', name: 'West' });
    // West shrinks to its western half: only the mover stays in it.
    data.append('file', geoJsonFile([{ name: 'West', polygons: box(-122.3, 47.9, -122.26, 48.0) }]));
    await expectRedirect(() => updateArea(null, data));
    const byName = await counted();
    expect(byName.West!.partners).toBe(1);
    expect(byName.East!.partners).toBe(3);
  });
});

async function download(member: typeof org.viewer) {
  signInAs(member);
  const response = await GET(new Request('http://localhost/api/dashboard/area-gaps'), {
    params: Promise.resolve({ section: 'area-gaps' }),
  });
  expect(response.status).toBe(200);
  return parseCsv(await response.text());
}

describe('the Gaps by area download', () => {
  it('lists each area with its counts and gaps, then the partners in no area', async () => {
    const rows = await download(org.manager);
    expect(rows[0]).toEqual([
      'Set of areas',
      'Area',
      'Partners',
      'Of them at an approximate point',
      'Of them with location hidden',
      'Ages with no partner',
      'Kinds of partner missing',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['Service areas', 'East', '3', '1', '1'],
      ['Service areas', 'West', '1', '0', '0'],
      ['Service areas', 'In no area', '2', '', ''],
    ]);
    expect(rows[1]![5]).toBe('early childhood (0–5), children (6–11) or teens (12–18)');
  });

  it('never tells a viewer which area a partner whose location is hidden is in', async () => {
    // Narrowed to a liaison or set to census tracts, a per-area count would place the shelter.
    const rows = await download(org.viewer);
    expect(rows[0]).not.toContain('Of them with location hidden');
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Service areas', 'East', '2', '1'],
      ['Service areas', 'West', '1', '0'],
      ['Service areas', 'In no area', '2', ''],
    ]);
    // Adults are served only by the shelter: for a viewer, East lacks them.
    expect(rows[1]![4]).toContain('adults');
    const gaps = await areaGaps(t.db, { orgId: org.org.id, role: 'viewer' });
    expect(gaps).toMatchObject({ hiddenLeftOut: true, unplaced: 2 });
    expect(gaps.areas.every((area) => area.hidden === 0)).toBe(true);
  });
});
