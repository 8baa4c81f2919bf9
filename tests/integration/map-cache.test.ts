import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/map/route';
import { branches, organizations, partners } from '@/db/schema';
import { movePartner } from '@/lib/map/actions';
import { cachedMapBody, clearMapCache } from '@/lib/map/cache';
import { decodeMapPayload, readMapPayload } from '@/lib/map/payload';
import { mapPartnersJson, mapVersion } from '@/lib/map/queries';
import { parsePartnerFilter } from '@/lib/partners/filters';
import { createBranch, createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

beforeEach(() => clearMapCache());
afterEach(() => signInAs(null));

async function mapData(query = '') {
  const response = await GET(new Request(`http://localhost/api/map${query ? `?${query}` : ''}`), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/gzip');
  return decodeMapPayload(await readMapPayload(response));
}

async function mapNames(query = '') {
  const data = await mapData(query);
  return [...data.points, ...data.hidden, ...data.unplaced].map((p) => p.name).sort();
}

/** The cache's answer, its body unpacked. */
async function cachedMap(...args: Parameters<typeof cachedMapBody>) {
  const { body, cached, version } = await cachedMapBody(...args);
  return { json: gunzipSync(body).toString(), cached, version };
}

const at = (lat: number, lng: number) => ({ latitude: lat, longitude: lng });
const admin = (orgId: string) => ({ orgId, role: 'admin' as const });

describe('the map data cache', () => {
  it('serves what the partners are now after every kind of change, through the route', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const riverside = await createPartner(t.db, org.id, {
      name: 'Riverside Teen Center',
      ...at(47.61, -122.33),
    });
    signInAs(staff);
    expect(await mapNames()).toEqual(['Riverside Teen Center']);
    expect(await mapNames()).toEqual(['Riverside Teen Center']);

    // Added.
    const harbour = await createPartner(t.db, org.id, { name: 'Harbour Food Bank', ...at(47.1, -122.5) });
    expect(await mapNames()).toEqual(['Harbour Food Bank', 'Riverside Teen Center']);
    // Renamed.
    await t.db.update(partners).set({ name: 'Riverside Youth Center' }).where(eq(partners.id, riverside.id));
    expect(await mapNames()).toEqual(['Harbour Food Bank', 'Riverside Youth Center']);
    // Archived: left off the map.
    await t.db.update(partners).set({ archivedAt: new Date() }).where(eq(partners.id, harbour.id));
    expect(await mapNames()).toEqual(['Riverside Youth Center']);
    expect(await mapNames('archived=include')).toEqual(['Harbour Food Bank', 'Riverside Youth Center']);
    // Removed.
    await t.db.delete(partners).where(eq(partners.id, harbour.id));
    expect(await mapNames('archived=include')).toEqual(['Riverside Youth Center']);
  });

  it('serves the branches as they are now', async () => {
    const { org, viewer } = await createOrganizationWithMembers(t.db);
    const central = await createBranch(t.db, org.id, { name: 'Central', latitude: 47.6, longitude: -122.3 });
    signInAs(viewer);
    expect((await mapData()).branches.map((b) => b.name)).toEqual(['Central']);
    await t.db.update(branches).set({ name: 'Central Library' }).where(eq(branches.id, central.id));
    expect((await mapData()).branches.map((b) => b.name)).toEqual(['Central Library']);
    await createBranch(t.db, org.id, { name: 'Bookmobile stop', latitude: 47.7, longitude: -122.4 });
    expect((await mapData()).branches.map((b) => b.name)).toEqual(['Bookmobile stop', 'Central Library']);
    await t.db.delete(branches).where(eq(branches.id, central.id));
    expect((await mapData()).branches.map((b) => b.name)).toEqual(['Bookmobile stop']);
  });

  it('serves a moved pin where the move put it', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const p = await createPartner(t.db, org.id, { name: 'Lakeview Senior Center', ...at(47.5, -122.2) });
    signInAs(staff);
    const before = await cachedMap(t.db, admin(org.id), parsePartnerFilter({}));
    expect(before.json).toContain('47.5,-122.2');
    const moved = await movePartner(
      null,
      form({ id: p.id, version: p.version, latitude: '47.61', longitude: '-122.33' }),
    );
    expect(moved.ok).toBe(true);
    const after = await cachedMap(t.db, admin(org.id), parsePartnerFilter({}));
    expect(after.cached).toBe(false);
    expect(after.json).toContain('47.61,-122.33');
    expect(after.json).not.toContain('47.5,-122.2');
  });

  it('is kept per organization: another one’s changes leave it be, and it never crosses over', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    await createPartner(t.db, a.org.id, { name: 'Ours', ...at(47.6, -122.3) });
    await createPartner(t.db, b.org.id, { name: 'Theirs', ...at(47.6, -122.3) });
    const filter = parsePartnerFilter({});

    const first = await cachedMap(t.db, admin(a.org.id), filter);
    expect(first.cached).toBe(false);
    const again = await cachedMap(t.db, admin(a.org.id), filter);
    expect(again).toEqual({ ...first, cached: true });
    // The cached text is exactly what the database builds now.
    expect(JSON.parse(again.json)).toEqual({
      ...JSON.parse(await mapPartnersJson(t.db, admin(a.org.id), filter)),
      version: first.version,
      branches: [],
    });

    const versionA = await mapVersion(t.db, { orgId: a.org.id });
    expect(versionA).toBeGreaterThan(0);
    await createPartner(t.db, b.org.id, { name: 'Theirs too', ...at(47.6, -122.3) });
    expect(await mapVersion(t.db, { orgId: a.org.id })).toBe(versionA);
    expect((await cachedMap(t.db, admin(a.org.id), filter)).cached).toBe(true);

    // Asked to rebuild, it does.
    expect((await cachedMap(t.db, admin(a.org.id), filter, { rebuild: true })).cached).toBe(false);
    expect((await cachedMap(t.db, admin(a.org.id), filter)).cached).toBe(true);

    const theirs = await cachedMap(t.db, admin(b.org.id), filter);
    expect(theirs.json).toContain('Theirs too');
    expect(theirs.json).not.toContain('"Ours"');

    signInAs(b.viewer);
    expect(await mapNames()).toEqual(['Theirs', 'Theirs too']);
  });

  it('keeps a viewer’s search apart from a manager’s, and does not keep filters by health', async () => {
    const { org, manager, viewer } = await createOrganizationWithMembers(t.db);
    await createPartner(t.db, org.id, {
      name: 'Maria Lopez',
      category: 'individual',
      address: '12 Elm Street, Tacoma',
      ...at(47.25, -122.44),
    });
    signInAs(manager);
    expect(await mapNames('q=Elm')).toEqual(['Maria Lopez']);
    // A viewer's search never looks in a person's address (lib/partners/filter-sql.ts).
    signInAs(viewer);
    expect(await mapNames('q=Elm')).toEqual([]);

    const health = parsePartnerFilter({ health: 'cold' });
    expect((await cachedMap(t.db, admin(org.id), health)).cached).toBe(false);
    expect((await cachedMap(t.db, admin(org.id), health)).cached).toBe(false);
  });

  it('counts one change per writing statement, and lets an organization with partners be deleted', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    expect(await mapVersion(t.db, { orgId: org.id })).toBe(0);
    await t.db
      .insert(partners)
      .values(
        ['One', 'Two', 'Three'].map((name) => ({ orgId: org.id, name, category: 'institution' as const })),
      );
    expect(await mapVersion(t.db, { orgId: org.id })).toBe(1);
    await t.db.execute(sql`update partners set name = name || '!' where org_id = ${org.id}`);
    expect(await mapVersion(t.db, { orgId: org.id })).toBe(2);
    // A statement that touches nothing still counts: harmless, the next read builds again.
    await t.db.delete(partners).where(eq(partners.name, 'Nobody'));
    await t.db.delete(organizations).where(eq(organizations.id, org.id));
    expect(await mapVersion(t.db, { orgId: org.id })).toBe(0);
  });
});
