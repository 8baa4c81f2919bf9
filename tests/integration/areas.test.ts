import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { areaSets, areas, auditEntries } from '@/db/schema';
import { deleteArea, deleteAreaSet, updateArea, uploadAreas } from '@/lib/areas/actions';
import { areaLimits } from '@/lib/areas/limits';
import { createBranch, createOrganizationWithMembers, form, signInAs } from '../factories';
import { createArea, createAreaSet, geoJsonFile, square } from '../factories/areas';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();
afterEach(() => signInAs(null));

function upload(values: Record<string, string>, file: File) {
  const data = form(values);
  data.append('file', file);
  return uploadAreas(null, data);
}

async function areasOf(orgId: string) {
  return t.db.select().from(areas).where(eq(areas.orgId, orgId)).orderBy(areas.name);
}

const three = [
  { name: 'Casino Road', polygons: square(47.92, -122.24) },
  { name: 'Delta', polygons: square(48.0, -122.21) },
  { name: 'Silver Lake', polygons: square(47.89, -122.2) },
];

describe('uploading areas', () => {
  it('adds each shape of a GeoJSON file as an area of a new set, with an audit entry for each', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const result = await upload({ setId: 'new', newSetName: 'Neighbourhoods' }, geoJsonFile(three));
    expect(result).toMatchObject({ ok: true, data: { setName: 'Neighbourhoods', added: 3, replaced: 0 } });
    const rows = await areasOf(org.id);
    expect(rows.map((r) => r.name)).toEqual(['Casino Road', 'Delta', 'Silver Lake']);
    expect(rows[0]).toMatchObject({ pointCount: 5, version: 1 });
    expect(rows[0]!.minLatitude).toBeCloseTo(47.91, 9);
    expect(rows[0]!.maxLongitude).toBeCloseTo(-122.23, 9);
    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
    expect(entries.filter((e) => e.action === 'area.create')).toHaveLength(3);
    expect(entries.filter((e) => e.action === 'area_set.create')).toHaveLength(1);
  });

  it('gives a service area to the branch of the same name, and a new shape to an area already there', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const monroe = await createBranch(t.db, org.id, { name: 'Monroe Branch' });
    signInAs(admin);
    const first = await upload(
      { setId: 'service' },
      geoJsonFile([{ name: 'Monroe Branch', polygons: square(47.85, -121.98) }]),
    );
    expect(first).toMatchObject({ ok: true, data: { setName: 'Service areas', added: 1 } });
    const [area] = await areasOf(org.id);
    expect(area).toMatchObject({ name: 'Monroe Branch', branchId: monroe.id });

    const [set] = await t.db.select().from(areaSets).where(eq(areaSets.orgId, org.id));
    const again = await upload(
      { setId: set!.id },
      geoJsonFile([{ name: 'monroe branch', polygons: square(47.85, -121.98, 0.2) }]),
    );
    expect(again).toMatchObject({ ok: true, data: { added: 0, replaced: 1 } });
    const [moved] = await areasOf(org.id);
    expect(moved).toMatchObject({ id: area!.id, version: 2, branchId: monroe.id });
    expect(moved!.maxLatitude).toBeCloseTo(48.05, 9);
  });

  it('reads KML polygons, as Google My Maps exports them', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>Riverside</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
        -122.2,47.9 -122.1,47.9 -122.1,48 -122.2,48 -122.2,47.9
      </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`;
    const result = await upload({ setId: 'new', newSetName: 'Drawn' }, new File([kml], 'drawn.kml'));
    expect(result).toMatchObject({ ok: true, data: { added: 1 } });
    expect((await areasOf(org.id))[0]).toMatchObject({ name: 'Riverside', pointCount: 5 });
  });

  it('refuses a file with faults, names each one beside the field, and saves nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const open = [
      [
        [-122.2, 47.9],
        [-122.1, 47.9],
        [-122.1, 48],
        [-122.2, 48],
      ],
    ];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Open' }, geometry: { type: 'Polygon', coordinates: open } },
        {
          type: 'Feature',
          properties: { name: 'A school' },
          geometry: { type: 'Point', coordinates: [-122, 47] },
        },
        {
          type: 'Feature',
          properties: { name: 'Good' },
          geometry: { type: 'MultiPolygon', coordinates: square(1, 1) },
        },
        {
          type: 'Feature',
          properties: { name: 'good' },
          geometry: { type: 'MultiPolygon', coordinates: square(2, 2) },
        },
      ],
    });
    const result = await upload({ setId: 'new', newSetName: 'Broken' }, new File([text], 'broken.geojson'));
    expect(result.ok).toBe(false);
    const faults = (!result.ok && result.fieldErrors?.file) || [];
    expect(faults).toHaveLength(3);
    expect(faults[0]).toMatch(/Shape 1 \(“Open”\).*not closed/);
    expect(faults[1]).toMatch(/Shape 2 \(“A school”\) is a point, not a closed shape/);
    expect(faults[2]).toMatch(/Shape 4 has the same name as shape 3/);
    expect(await areasOf(org.id)).toHaveLength(0);
    expect(await t.db.select().from(areaSets).where(eq(areaSets.orgId, org.id))).toHaveLength(0);
  });

  it('refuses what is not a map file, and a new set without a name', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const notJson = await upload({ setId: 'new', newSetName: 'X' }, new File(['hello'], 'x.geojson'));
    expect(notJson).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/not valid JSON/)] },
    });
    const unnamed = await upload({ setId: 'new', newSetName: '' }, geoJsonFile(three));
    expect(unnamed).toMatchObject({
      ok: false,
      fieldErrors: { newSetName: [expect.stringMatching(/Name the new set/)] },
    });
  });

  it('simplifies a shape with more corners than an area keeps', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const corners = 20_000;
    const ring: [number, number][] = Array.from({ length: corners }, (_, i) => {
      const angle = (2 * Math.PI * i) / corners;
      return [-122.2 + 0.05 * Math.cos(angle), 47.9 + 0.05 * Math.sin(angle)];
    });
    ring.push(ring[0]!);
    const result = await upload(
      { setId: 'new', newSetName: 'Circles' },
      geoJsonFile([{ name: 'Circle', polygons: [[ring]] }]),
    );
    expect(result).toMatchObject({ ok: true, data: { added: 1, simplified: 1 } });
    const [area] = await areasOf(org.id);
    expect(area!.pointCount).toBeLessThanOrEqual(areaLimits.pointsPerArea);
    expect(area!.pointCount).toBeGreaterThan(50);
    const saved = area!.polygons[0]![0]!;
    expect(saved[0]).toEqual(saved[saved.length - 1]);
  });

  it('is for admins only', async () => {
    const { org, manager } = await createOrganizationWithMembers(t.db);
    signInAs(manager);
    const result = await upload({ setId: 'new', newSetName: 'Mine' }, geoJsonFile(three));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Only admins/) });
    expect(await areasOf(org.id)).toHaveLength(0);
  });
});

describe('editing and removing an area', () => {
  it('renames an area and gives it a branch, refusing an edit from an older version', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Everett' });
    const set = await createAreaSet(t.db, org.id);
    const area = await createArea(t.db, org.id, set.id, { name: 'North', polygons: square(48, -122.2) });
    signInAs(admin);
    const edit = { id: area.id, version: '1', name: 'Everett service area', branchId: branch.id };
    expect(await expectRedirect(() => updateArea(null, form(edit)))).toBe('/settings/areas?saved=1');
    const [saved] = await areasOf(org.id);
    expect(saved).toMatchObject({ name: 'Everett service area', branchId: branch.id, version: 2 });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, area.id), eq(auditEntries.action, 'area.update')));
    expect(entry).toMatchObject({
      before: { name: 'North', branchId: null },
      after: { branchId: branch.id },
    });

    const stale = await updateArea(null, form({ ...edit, name: 'Older' }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/changed this area/) });
  });

  it('replaces the shape from a file holding one shape', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Tracts' });
    const area = await createArea(t.db, org.id, set.id, { name: 'Tract 1', polygons: square(48, -122.2) });
    signInAs(admin);
    const data = form({ id: area.id, version: '1', name: 'Tract 1' });
    data.append('file', geoJsonFile([{ name: 'whatever', polygons: square(10, 10) }]));
    await expectRedirect(() => updateArea(null, data));
    const [replaced] = await areasOf(org.id);
    expect(replaced).toMatchObject({ name: 'Tract 1', version: 2 });
    expect(replaced!.minLatitude).toBeCloseTo(9.99, 9);

    const two = form({ id: area.id, version: '2', name: 'Tract 1' });
    two.append('file', geoJsonFile(three));
    expect(await updateArea(null, two)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/holds 3 shapes/)] },
    });
  });

  it('does not reach another organization’s area or branch', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const other = await createOrganizationWithMembers(t.db);
    const theirBranch = await createBranch(t.db, other.org.id);
    const theirSet = await createAreaSet(t.db, other.org.id);
    const theirs = await createArea(t.db, other.org.id, theirSet.id, {
      name: 'Theirs',
      polygons: square(1, 1),
    });
    const set = await createAreaSet(t.db, org.id);
    const mine = await createArea(t.db, org.id, set.id, { name: 'Mine', polygons: square(1, 1) });
    signInAs(admin);
    expect(await updateArea(null, form({ id: theirs.id, version: '1', name: 'Taken' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not found/),
    });
    expect(await deleteArea(null, form({ id: theirs.id, version: '1' }))).toMatchObject({ ok: false });
    expect(
      await updateArea(null, form({ id: mine.id, version: '1', name: 'Mine', branchId: theirBranch.id })),
    ).toMatchObject({ ok: false, fieldErrors: { branchId: [expect.any(String)] } });
    expect(await deleteAreaSet(null, form({ id: theirSet.id, version: '1' }))).toMatchObject({ ok: false });
    expect(await areasOf(other.org.id)).toHaveLength(1);
  });

  it('removes an area, and a set with its areas, each with an audit entry', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Tracts' });
    const one = await createArea(t.db, org.id, set.id, { name: 'One', polygons: square(1, 1) });
    await createArea(t.db, org.id, set.id, { name: 'Two', polygons: square(2, 2) });
    signInAs(admin);
    expect(await expectRedirect(() => deleteArea(null, form({ id: one.id, version: '1' })))).toBe(
      '/settings/areas?removed=1',
    );
    expect((await areasOf(org.id)).map((a) => a.name)).toEqual(['Two']);
    await expectRedirect(() => deleteAreaSet(null, form({ id: set.id, version: '1' })));
    expect(await areasOf(org.id)).toHaveLength(0);
    const actions = (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['area.delete', 'area_set.delete']));
  });
});
