import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { areaSets, areas, auditEntries } from '@/db/schema';
import { createArea, updateArea } from '@/lib/areas/actions';
import { createBranch, createOrganizationWithMembers, form, signInAs } from '../factories';
import { createAreaSet, createArea as makeArea, square } from '../factories/areas';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// Areas drawn on the map (the page sends the parts as GeoJSON coordinates) or typed as text.

const t = useTestDatabase();
afterEach(() => signInAs(null));

async function areasOf(orgId: string) {
  return t.db.select().from(areas).where(eq(areas.orgId, orgId)).orderBy(areas.name);
}

/** A triangle as the drawing map sends it: one part, its outline closed. */
const drawnTriangle = JSON.stringify([
  [
    [
      [-122.21, 47.98],
      [-122.18, 47.98],
      [-122.18, 47.96],
      [-122.21, 47.98],
    ],
  ],
]);

describe('drawing a new area', () => {
  it('saves a drawn shape as a new area of the set, given to its branch, with an audit entry', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Everett' });
    signInAs(admin);
    const data = {
      setId: 'service',
      name: 'Everett service area',
      branchId: branch.id,
      drawn: drawnTriangle,
    };
    expect(await expectRedirect(() => createArea(null, form(data)))).toBe('/settings/areas?saved=1');
    const [area] = await areasOf(org.id);
    expect(area).toMatchObject({
      name: 'Everett service area',
      branchId: branch.id,
      pointCount: 4,
      version: 1,
    });
    expect(area!.polygons[0]![0]![0]).toEqual([-122.21, 47.98]);
    expect(area!.minLatitude).toBeCloseTo(47.96, 9);
    const [set] = await t.db.select().from(areaSets).where(eq(areaSets.orgId, org.id));
    expect(set).toMatchObject({ kind: 'service_areas', name: 'Service areas' });
    const actions = (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['area_set.create', 'area.create']));
  });

  it('saves corners typed as "lat, lng" into an existing set', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Neighbourhoods' });
    signInAs(admin);
    const shapeText = '47.98, -122.21\n47.98, -122.18\n47.96, -122.18\n47.96, -122.21';
    await expectRedirect(() => createArea(null, form({ setId: set.id, name: 'Riverside', shapeText })));
    const [area] = await areasOf(org.id);
    expect(area).toMatchObject({ setId: set.id, name: 'Riverside', pointCount: 5, branchId: null });
  });

  it('refuses an unclosed or too small shape, says why beside the map or the box, and saves nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const open = JSON.stringify([
      [
        [
          [-122.21, 47.98],
          [-122.18, 47.98],
          [-122.18, 47.96],
          [-122.2, 47.9],
        ],
      ],
    ]);
    expect(
      await createArea(null, form({ setId: 'new', newSetName: 'Drawn', name: 'Open', drawn: open })),
    ).toEqual({
      ok: false,
      message: 'The shape could not be used: nothing was saved.',
      fieldErrors: {
        drawn: [expect.stringMatching(/^The shape drawn on the map: its outline is not closed/)],
      },
    });
    const twoCorners = await createArea(
      null,
      form({ setId: 'new', newSetName: 'Drawn', name: 'Line', shapeText: '47.9, -122.2\n47.9, -122.1' }),
    );
    expect(twoCorners).toMatchObject({
      ok: false,
      fieldErrors: { shapeText: ['The shape you entered has 2 corners; an area needs at least 3.'] },
    });
    const nothing = await createArea(null, form({ setId: 'new', newSetName: 'Drawn', name: 'Empty' }));
    expect(nothing).toMatchObject({
      ok: false,
      fieldErrors: { drawn: [expect.stringMatching(/Draw the area/)] },
    });
    expect(await areasOf(org.id)).toHaveLength(0);
    expect(await t.db.select().from(areaSets).where(eq(areaSets.orgId, org.id))).toHaveLength(0);
  });

  it('refuses a name the set already has, and a viewer or manager', async () => {
    const { org, admin, manager } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Tracts' });
    await makeArea(t.db, org.id, set.id, { name: 'Tract 1', polygons: square(48, -122.2) });
    signInAs(admin);
    expect(
      await createArea(null, form({ setId: set.id, name: 'tract 1', drawn: drawnTriangle })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringMatching(/already an area called/)] },
    });
    signInAs(manager);
    expect(
      await createArea(null, form({ setId: set.id, name: 'Tract 2', drawn: drawnTriangle })),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only admins/),
    });
    expect(await areasOf(org.id)).toHaveLength(1);
  });
});

describe('editing a shape on the map or as text', () => {
  it('saves the edited shape as a new version, with the corners in the audit entry', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Tracts' });
    const area = await makeArea(t.db, org.id, set.id, { name: 'Tract 1', polygons: square(48, -122.2) });
    signInAs(admin);
    const twoParts = JSON.stringify([...square(48, -122.2), ...square(48.1, -122.1)]);
    await expectRedirect(() =>
      updateArea(null, form({ id: area.id, version: '1', name: 'Tract 1', drawn: twoParts })),
    );
    const [saved] = await areasOf(org.id);
    expect(saved).toMatchObject({ version: 2, pointCount: 10 });
    expect(saved!.polygons).toHaveLength(2);
    expect(saved!.maxLatitude).toBeCloseTo(48.11, 9);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, area.id), eq(auditEntries.action, 'area.update')));
    expect(entry).toMatchObject({ before: { pointCount: 5 }, after: { pointCount: 10 } });
  });

  it('refuses a stale edit, a bad shape and two ways at once, changing nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const set = await createAreaSet(t.db, org.id, { kind: 'custom', name: 'Tracts' });
    const area = await makeArea(t.db, org.id, set.id, { name: 'Tract 1', polygons: square(48, -122.2) });
    signInAs(admin);
    const base = { id: area.id, name: 'Tract 1' };
    await expectRedirect(() => updateArea(null, form({ ...base, version: '1', name: 'Renamed' })));
    const stale = await updateArea(null, form({ ...base, version: '1', drawn: drawnTriangle }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/changed this area/) });
    const bad = await updateArea(null, form({ ...base, version: '2', shapeText: '{"type": "Polygon"' }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { shapeText: [expect.stringMatching(/not valid JSON/)] },
    });
    const both = await updateArea(
      null,
      form({
        ...base,
        version: '2',
        drawn: drawnTriangle,
        shapeText: '47.9, -122.2\n47.9, -122.1\n48, -122.1',
      }),
    );
    expect(both).toMatchObject({
      ok: false,
      fieldErrors: { shapeText: [expect.stringMatching(/more than one way|Keep one/)] },
    });
    const [unchanged] = await areasOf(org.id);
    expect(unchanged).toMatchObject({ name: 'Renamed', version: 2, pointCount: 5 });
  });

  it('cannot reach another organization’s area', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    const other = await createOrganizationWithMembers(t.db);
    const theirSet = await createAreaSet(t.db, other.org.id, { kind: 'custom', name: 'Theirs' });
    const theirs = await makeArea(t.db, other.org.id, theirSet.id, {
      name: 'Theirs',
      polygons: square(1, 1),
    });
    signInAs(admin);
    expect(
      await updateArea(null, form({ id: theirs.id, version: '1', name: 'Theirs', drawn: drawnTriangle })),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(
      await createArea(null, form({ setId: theirSet.id, name: 'Mine now', drawn: drawnTriangle })),
    ).toMatchObject({ ok: false, fieldErrors: { setId: ['Choose a set from the list.'] } });
    const [still] = await areasOf(other.org.id);
    expect(still).toMatchObject({ version: 1, pointCount: 5, name: 'Theirs' });
    expect(await areasOf(other.org.id)).toHaveLength(1);
  });
});
