import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, organizations } from '@/db/schema';
import { staleMessage } from '@/lib/auth/action';
import { getAuthContext } from '@/lib/auth/context';
import { timeZoneNames } from '@/lib/dates';
import { updateOrganizationSettings } from '@/lib/organization/actions';
import { defaultTiles, getOrganizationSettings } from '@/lib/organization/queries';
import { databaseKnowsTimeZone } from '@/lib/organization/time-zone';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => {
  signInAs(null);
  delete process.env.TILE_URL;
  delete process.env.TILE_ATTRIBUTION;
});

async function auditFor(orgId: string) {
  return t.db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId));
}

async function orgRow(id: string) {
  const [row] = await t.db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

const valid = {
  name: 'Riverbend Public Library',
  mapCenterLat: '45.5152',
  mapCenterLng: '-122.6784',
  mapZoom: '12',
  version: '1',
};

const customMap = {
  baseMap: 'custom',
  tileUrl: 'https://tiles.snocounty.example.gov/basemap/{z}/{x}/{y}.png',
  tileAttribution: 'Map &copy; <a href="https://gis.snocounty.example.gov">Snohomish County GIS</a>',
};

describe('saving organization settings', () => {
  it('saves the name, map centre and zoom, moves the version on, and records before and after', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Old Name Library');
    signInAs(admin);
    expect(await expectRedirect(() => updateOrganizationSettings(null, form(valid)))).toBe(
      '/settings/organization?saved=1',
    );

    expect(await getOrganizationSettings(t.db, { orgId: org.id })).toEqual({
      id: org.id,
      name: 'Riverbend Public Library',
      // A form without a time zone (an older one) leaves it as it was: UTC, not yet chosen.
      timeZone: 'UTC',
      timeZoneConfirmed: false,
      mapCenter: { lat: 45.5152, lng: -122.6784 },
      mapZoom: 12,
      tiles: {
        url: defaultTiles.url,
        attribution: defaultTiles.attribution,
        source: 'default',
        organizationUrl: null,
        organizationAttribution: null,
      },
      geocoder: 'nominatim',
      healthCadenceDays: 90,
      version: 2,
    });
    const entries = await auditFor(org.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'organization.update',
      entityType: 'organization',
      entityId: org.id,
      actorUserId: admin.userId,
      before: {
        name: 'Old Name Library',
        mapCenterLat: 47.6,
        mapCenterLng: -122.3,
        mapZoom: 10,
        tileUrl: null,
        tileAttribution: null,
        geocoder: 'nominatim',
      },
      after: {
        name: 'Riverbend Public Library',
        mapCenterLat: 45.5152,
        mapCenterLng: -122.6784,
        mapZoom: 12,
        tileUrl: null,
        tileAttribution: null,
        geocoder: 'nominatim',
      },
    });
  });

  it('accepts a map centre pasted as one "latitude, longitude" pair', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(null, form({ ...valid, mapCenterLat: '44.98, -93.27', mapCenterLng: '' })),
      ),
    ).toBe('/settings/organization?saved=1');
    expect((await getOrganizationSettings(t.db, { orgId: org.id })).mapCenter).toEqual({
      lat: 44.98,
      lng: -93.27,
    });
  });

  it.each([
    [{ name: ' ' }, 'name', /Enter your library system’s name/],
    [{ mapCenterLat: '' }, 'mapCenterLat', /Enter the latitude/],
    [{ mapCenterLat: '95' }, 'mapCenterLat', /between -90 and 90/],
    [{ mapCenterLng: '-181' }, 'mapCenterLng', /between -180 and 180/],
    [{ mapCenterLng: 'west' }, 'mapCenterLng', /as a number/],
    [{ mapZoom: '0' }, 'mapZoom', /from 1 to 18/],
    [{ mapZoom: '19' }, 'mapZoom', /from 1 to 18/],
    [{ mapZoom: '10.5' }, 'mapZoom', /from 1 to 18/],
    [{ mapZoom: 'close' }, 'mapZoom', /from 1 to 18/],
  ])('refuses %o beside its field and changes nothing', async (change, field, message) => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const before = await orgRow(org.id);
    signInAs(admin);
    const result = await updateOrganizationSettings(null, form({ ...valid, ...change }));
    expect(result).toMatchObject({ ok: false, message: 'Some fields need attention.' });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await orgRow(org.id)).toEqual(before);
    expect(await auditFor(org.id)).toHaveLength(0);
  });

  it('refuses an edit that started from an older version, and applies nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'First Name Library');
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(null, form({ ...valid, name: 'Second Name Library' })),
      ),
    ).toBe('/settings/organization?saved=1');
    const stale = await updateOrganizationSettings(null, form({ ...valid, name: 'Third Name Library' }));
    expect(stale).toMatchObject({ ok: false, message: staleMessage });
    const settings = await getOrganizationSettings(t.db, { orgId: org.id });
    expect(settings).toMatchObject({ name: 'Second Name Library', version: 2 });
    expect(await auditFor(org.id)).toHaveLength(1);
  });

  it('writes nothing when nothing changed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Same Library');
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(
          null,
          form({
            name: 'Same Library',
            mapCenterLat: '47.6',
            mapCenterLng: '-122.3',
            mapZoom: '10',
            version: '1',
          }),
        ),
      ),
    ).toBe('/settings/organization?saved=1');
    expect((await orgRow(org.id))?.version).toBe(1);
    expect(await auditFor(org.id)).toHaveLength(0);
  });
});

describe('the time zone', () => {
  it('is UTC and unchosen at first, and the settings page asks the admin to choose it', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    expect(await getOrganizationSettings(t.db, { orgId: org.id })).toMatchObject({
      timeZone: 'UTC',
      timeZoneConfirmed: false,
    });
  });

  it('is chosen by an admin, by any of its names, with the version moved on and the change audited', async () => {
    const { org, admin, staff } = await createOrganizationWithMembers(t.db, 'Riverbend Public Library');
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(null, form({ ...valid, timeZone: 'US/Pacific' })),
      ),
    ).toBe('/settings/organization?saved=1');
    expect(await getOrganizationSettings(t.db, { orgId: org.id })).toMatchObject({
      timeZone: 'America/Los_Angeles',
      timeZoneConfirmed: true,
      version: 2,
    });
    const [entry] = await auditFor(org.id);
    expect(entry).toMatchObject({
      action: 'organization.update',
      before: { timeZone: 'UTC', timeZoneConfirmed: false },
      after: { timeZone: 'America/Los_Angeles', timeZoneConfirmed: true },
    });
    // Every member's next request carries it (lib/auth/context-query.ts).
    signInAs(staff);
    expect((await getAuthContext())?.timeZone).toBe('America/Los_Angeles');
  });

  it('confirms UTC when an admin saves it as it is', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Riverbend Public Library');
    signInAs(admin);
    await expectRedirect(() => updateOrganizationSettings(null, form({ ...valid, timeZone: 'UTC' })));
    expect(await orgRow(org.id)).toMatchObject({ timeZone: 'UTC', timeZoneConfirmed: true });
  });

  it.each(['Mars/Olympus_Mons', '+05:30', ''])(
    'refuses %o beside the field and changes nothing',
    async (zone) => {
      const { org, admin } = await createOrganizationWithMembers(t.db);
      const before = await orgRow(org.id);
      signInAs(admin);
      const result = await updateOrganizationSettings(null, form({ ...valid, timeZone: zone }));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { timeZone: ['Choose your library’s time zone from the list.'] },
      });
      expect(await orgRow(org.id)).toEqual(before);
      expect(await auditFor(org.id)).toHaveLength(0);
    },
  );

  it('is one the database knows too, for every zone in the list', async () => {
    // The dashboard, health and retention count days with `at time zone` in SQL: a zone the
    // database lacked would break them, so the action checks (lib/organization/time-zone.ts).
    expect(await databaseKnowsTimeZone(t.db, 'Mars/Olympus_Mons')).toBe(false);
    const unknown = [];
    for (const zone of timeZoneNames()) if (!(await databaseKnowsTimeZone(t.db, zone))) unknown.push(zone);
    expect(unknown).toEqual([]);
  });
});

describe('who may change organization settings', () => {
  it.each(['manager', 'staff', 'viewer'] as const)('refuses a %s', async (role) => {
    const members = await createOrganizationWithMembers(t.db);
    const before = await orgRow(members.org.id);
    signInAs(members[role]);
    const result = await updateOrganizationSettings(
      null,
      form({ ...valid, ...customMap, geocoder: 'census' }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Only admins can do this/) });
    expect(await orgRow(members.org.id)).toEqual(before);
    expect(await auditFor(members.org.id)).toHaveLength(0);
  });

  it('refuses a visitor who is not signed in', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    const before = await orgRow(org.id);
    signInAs(null);
    expect(await updateOrganizationSettings(null, form(valid))).toEqual({
      ok: false,
      message: 'Your session has ended. Sign in again to continue.',
    });
    expect(await orgRow(org.id)).toEqual(before);
  });
});

describe('organization walls', () => {
  it('only ever changes the admin’s own organization, whatever the form names', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Library A');
    const b = await createOrganizationWithMembers(t.db, 'Library B');
    const theirsBefore = await orgRow(b.org.id);
    signInAs(a.admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(
          null,
          form({
            ...valid,
            ...customMap,
            geocoder: 'offline',
            name: 'Renamed A',
            id: b.org.id,
            orgId: b.org.id,
            organizationId: b.org.id,
          }),
        ),
      ),
    ).toBe('/settings/organization?saved=1');
    expect(await getOrganizationSettings(t.db, { orgId: a.org.id })).toMatchObject({
      name: 'Renamed A',
      tiles: { url: customMap.tileUrl },
      geocoder: 'offline',
    });
    expect(await orgRow(b.org.id)).toEqual(theirsBefore);
    expect(await auditFor(b.org.id)).toHaveLength(0);
  });

  it('reads each organization’s own settings', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Library A');
    const b = await createOrganizationWithMembers(t.db, 'Library B');
    await t.db.update(organizations).set({ mapZoom: 14 }).where(eq(organizations.id, b.org.id));
    expect(await getOrganizationSettings(t.db, { orgId: a.org.id })).toMatchObject({
      name: 'Library A',
      mapZoom: 10,
    });
    expect(await getOrganizationSettings(t.db, { orgId: b.org.id })).toMatchObject({
      name: 'Library B',
      mapZoom: 14,
    });
  });
});
