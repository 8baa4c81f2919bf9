import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/map/route';
import { firstViewSource } from '@/components/map/cluster-source';
import { partners } from '@/db/schema';
import { clearMapCache } from '@/lib/map/cache';
import {
  type Bbox,
  buildClusterIndex,
  dataKey,
  extentOf,
  featuresInView,
  fitZooms,
  screenAround,
} from '@/lib/map/clusters';
import { mapFirstView } from '@/lib/map/first-view';
import { decodeMapPayload, readMapPayload } from '@/lib/map/payload';
import { parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { createBranch, createOrganizationWithMembers, createPartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

beforeEach(() => clearMapCache());
afterEach(() => signInAs(null));

/** The browser's side: /api/map's answer, read as the worker reads it. */
async function browserAnswer(query = '') {
  const response = await GET(new Request(`http://localhost/api/map${query ? `?${query}` : ''}`), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  const payload = await readMapPayload(response);
  const data = decodeMapPayload(payload);
  return { data, index: buildClusterIndex(data.points), key: dataKey(query, payload.version) };
}

/** A library system with partners in a city (they cluster), a town, and some never drawn. */
async function system() {
  const seeded = await createOrganizationWithMembers(t.db);
  const { org } = seeded;
  const rows = Array.from({ length: 320 }, (_, i) => ({
    orgId: org.id,
    name: `Partner ${String(i).padStart(3, '0')}`,
    category: 'institution' as const,
    stage: i % 3 ? ('identified' as const) : ('connected' as const),
    latitude: 47.6 + ((i * 37) % 100) / 1000,
    longitude: -122.33 + ((i * 53) % 100) / 1000,
    locationPrecision: i % 10 === 0 ? ('approximate' as const) : ('exact' as const),
  }));
  await t.db.insert(partners).values(rows);
  await createPartner(t.db, org.id, { name: 'Town Library Friends', latitude: 48.1, longitude: -123.4 });
  await createPartner(t.db, org.id, {
    name: 'Safe House',
    latitude: 47.61,
    longitude: -122.32,
    locationPrecision: 'hidden',
  });
  await createPartner(t.db, org.id, { name: 'Not Yet Placed' });
  await createBranch(t.db, org.id, { name: 'Central', latitude: 47.2, longitude: -122.1 });
  return seeded;
}

const keys = (features: ReturnType<typeof featuresInView>) =>
  features
    .map((f) => (f.kind === 'cluster' ? `c${f.id}:${f.count}:${f.lat}:${f.lng}` : `p${f.point.id}`))
    .sort();

describe('the map page’s first view from the server', () => {
  it('holds exactly what the browser’s own index answers for the same view, at every zoom it covers', async () => {
    const { org, staff } = await system();
    signInAs(staff);
    const filter = parsePartnerFilter({});
    const first = await mapFirstView(t.db, { orgId: org.id, role: 'staff' }, filter, '', null);
    const browser = await browserAnswer();

    expect(first).not.toBeNull();
    expect(first!.key).toBe(browser.key);
    expect(first!.extent).toEqual(extentOf(browser.data.points, browser.data.branches));
    expect(first!.views.map((v) => v.zoom)).toEqual(
      fitZooms(first!.extent!, [320, 300], [2560 * 1.5, 1600 * 1.5]),
    );
    expect(first!.views.length).toBeGreaterThan(1);
    for (const view of first!.views) {
      expect(view.features.length).toBeGreaterThan(0);
      expect(keys(view.features)).toEqual(keys(featuresInView(browser.index, view.bbox, view.zoom)));
      // A phone's screen and a desktop's inside the box: the first view answers as the index does.
      const source = firstViewSource(first!);
      for (const [width, height] of [
        [360, 500],
        [1280, 800],
      ] as const) {
        const lat = (first!.extent!.south + first!.extent!.north) / 2;
        const lng = (first!.extent!.west + first!.extent!.east) / 2;
        const screen: Bbox = screenAround(lat, lng, view.zoom, width * 1.5, height * 1.5);
        const answer = await source.clusters(screen, view.zoom);
        expect(answer).not.toBeNull();
        expect(keys(answer!)).toEqual(keys(featuresInView(browser.index, screen, view.zoom)));
      }
    }
    // Clusters and pins both, and never a partner whose location is hidden.
    const all = first!.views.flatMap((v) => v.features);
    expect(all.some((f) => f.kind === 'cluster')).toBe(true);
    expect(all.some((f) => f.kind === 'point')).toBe(true);
    expect(JSON.stringify(first)).not.toContain('Safe House');
    expect(JSON.stringify(first)).not.toContain('Not Yet Placed');
  });

  it('answers a view named in the address, a filter, and says nothing it cannot (other zooms, other places)', async () => {
    const { org, viewer } = await system();
    signInAs(viewer);
    const filter = parsePartnerFilter({ stage: 'connected' });
    const query = partnerFilterToSearchParams(filter).toString();
    const at = { lat: 47.65, lng: -122.28, zoom: 14 };
    const first = await mapFirstView(t.db, { orgId: org.id, role: 'viewer' }, filter, query, at);
    const browser = await browserAnswer(query);

    expect(first!.key).toBe(browser.key);
    expect(first!.views).toHaveLength(1);
    const [view] = first!.views;
    expect(view!.zoom).toBe(14);
    expect(keys(view!.features)).toEqual(keys(featuresInView(browser.index, view!.bbox, 14)));
    const stages = view!.features.flatMap((f) => (f.kind === 'point' ? [f.point.stage] : []));
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages)).toEqual(new Set(['connected']));

    const source = firstViewSource(first!);
    const screen = screenAround(at.lat, at.lng, 14, 1280, 800);
    expect(await source.clusters(screen, 13)).toBeNull();
    expect(await source.clusters(screenAround(45, -100, 14, 1280, 800), 14)).toBeNull();
    expect(await source.expand(1)).toBeNull();
  });

  it('follows the data: a new partner makes a new key and shows; another system’s partners never do', async () => {
    const { org, staff } = await system();
    const other = await createOrganizationWithMembers(t.db);
    await createPartner(t.db, other.org.id, { name: 'Their Partner', latitude: 47.65, longitude: -122.28 });
    signInAs(staff);
    const filter = parsePartnerFilter({});
    const at = { lat: 48.1, lng: -123.4, zoom: 16 };
    const before = await mapFirstView(t.db, { orgId: org.id, role: 'staff' }, filter, '', at);
    await createPartner(t.db, org.id, { name: 'New Neighbour', latitude: 48.102, longitude: -123.402 });
    const after = await mapFirstView(t.db, { orgId: org.id, role: 'staff' }, filter, '', at);

    expect(after!.key).not.toBe(before!.key);
    expect(after!.key).toBe((await browserAnswer()).key);
    const names = (first: typeof after) =>
      first!.views.flatMap((v) => v.features.flatMap((f) => (f.kind === 'point' ? [f.point.name] : [])));
    expect(names(before)).toEqual(['Town Library Friends']);
    expect(names(after).sort()).toEqual(['New Neighbour', 'Town Library Friends']);
    expect(JSON.stringify(after)).not.toContain('Their Partner');
  });

  it('is not made for a filter by relationship health, which is never kept', async () => {
    const { org } = await system();
    const filter = parsePartnerFilter({ health: 'cooling' });
    expect(
      await mapFirstView(t.db, { orgId: org.id, role: 'staff' }, filter, 'health=cooling', null),
    ).toBeNull();
  });
});
