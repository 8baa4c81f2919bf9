import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseShading } from '@/lib/areas/shading';
import { getAuthContext } from '@/lib/auth/context';
import { loadMapPage } from '@/lib/map/loaders';
import { createOrganizationWithMembers, createPartner, signInAs } from '../factories';
import { createArea, createAreaSet, square } from '../factories/areas';
import { useTestDatabase } from '../support/database';

// The map's shading: each area of the chosen set with its outline and counts, the organization's
// own only, and hidden partners counted without their points leaving the server.

const t = useTestDatabase();
afterEach(() => signInAs(null));

let org: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let other: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let neighbourhoodsId: string;
let otherSetId: string;

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db);
  other = await createOrganizationWithMembers(t.db);
  const service = await createAreaSet(t.db, org.org.id);
  const neighbourhoods = await createAreaSet(t.db, org.org.id, { name: 'Neighbourhoods', kind: 'custom' });
  neighbourhoodsId = neighbourhoods.id;
  await createArea(t.db, org.org.id, service.id, {
    name: 'Casino Road',
    polygons: square(47.9, -122.2, 0.02),
  });
  await createArea(t.db, org.org.id, service.id, { name: 'Lowell', polygons: square(47.95, -122.18, 0.01) });
  await createArea(t.db, org.org.id, neighbourhoods.id, {
    name: 'Riverside',
    polygons: square(47.9, -122.2),
  });
  const p = (values: Parameters<typeof createPartner>[2]) => createPartner(t.db, org.org.id, values);
  await p({ name: 'Youth club', latitude: 47.9, longitude: -122.2, agesServed: ['children'] });
  await p({
    name: 'Shelter',
    latitude: 47.905,
    longitude: -122.205,
    locationPrecision: 'hidden',
    agesServed: ['adults'],
    category: 'institution',
  });
  await p({ name: 'Gone', latitude: 47.9, longitude: -122.2, archivedAt: new Date() });
  // Another organization's set and partner, in the same place: never shown, never counted.
  const otherSet = await createAreaSet(t.db, other.org.id);
  otherSetId = otherSet.id;
  await createArea(t.db, other.org.id, otherSet.id, { name: 'Their area', polygons: square(47.9, -122.2) });
  await createPartner(t.db, other.org.id, { latitude: 47.9, longitude: -122.2 });
});

async function pageFor(member: typeof org.viewer, query: string) {
  signInAs(member);
  const ctx = await getAuthContext();
  if (!ctx) throw new Error('not signed in');
  return loadMapPage(ctx, parseShading(new URLSearchParams(query)));
}

describe('the map page’s area shading', () => {
  it('offers the sets but counts nothing while shading is off', async () => {
    const { areas } = await pageFor(org.viewer, '');
    expect(areas.sets.map((s) => s.name)).toEqual(['Service areas', 'Neighbourhoods']);
    expect(areas.set).toBeNull();
    expect(areas.areas).toEqual([]);
  });

  it('counts the service areas, hidden partners included, with no partner’s point in the answer', async () => {
    const { areas } = await pageFor(org.staff, 'shade=partners');
    expect(areas.set?.name).toBe('Service areas');
    const byName = Object.fromEntries(areas.areas.map((a) => [a.name, a]));
    expect(byName['Casino Road']).toMatchObject({ partners: 2, hidden: 1, approximate: 0 });
    expect(byName['Casino Road']!.missingAges).toEqual([
      'early_childhood',
      'teens',
      'older_adults',
      'families',
    ]);
    expect(byName.Lowell).toMatchObject({ partners: 0 });
    expect(byName['Casino Road']!.polygons).toEqual(square(47.9, -122.2, 0.02));
    // Only outlines and totals: the hidden partner's coordinates appear nowhere.
    expect(JSON.stringify(areas)).not.toContain('47.905');
    expect(JSON.stringify(areas)).not.toContain('Shelter');
  });

  it('places no partner whose location is hidden in an area for a viewer', async () => {
    const { areas } = await pageFor(org.viewer, 'shade=partners');
    const byName = Object.fromEntries(areas.areas.map((a) => [a.name, a]));
    expect(byName['Casino Road']).toMatchObject({ partners: 1, hidden: 0 });
    expect(areas).toMatchObject({ hiddenLeftOut: true });
    expect(JSON.stringify(areas)).not.toContain('47.905');
  });

  it('counts the set asked for', async () => {
    const { areas } = await pageFor(org.staff, `shade=coverage&areas=${neighbourhoodsId}`);
    expect(areas.set?.name).toBe('Neighbourhoods');
    expect(areas.areas.map((a) => [a.name, a.partners])).toEqual([['Riverside', 2]]);
  });

  it('never shows another organization’s set, even asked for by id', async () => {
    const { areas } = await pageFor(org.viewer, `shade=partners&areas=${otherSetId}`);
    expect(areas.set?.name).toBe('Service areas');
    expect(areas.sets.map((s) => s.id)).not.toContain(otherSetId);
    expect(areas.areas.map((a) => a.name)).not.toContain('Their area');
    const theirs = await pageFor(other.viewer, 'shade=partners');
    expect(theirs.areas.areas.map((a) => [a.name, a.partners])).toEqual([['Their area', 1]]);
  });
});
