import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, organizations } from '@/db/schema';
import { updateOrganizationSettings } from '@/lib/organization/actions';
import { defaultTiles, getOrganizationSettings } from '@/lib/organization/queries';
import { tileMessages } from '@/lib/organization/validation';
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

describe('the base map and the geocoder', () => {
  async function save(change: Record<string, string>) {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Map Library');
    signInAs(admin);
    expect(
      await expectRedirect(() =>
        updateOrganizationSettings(null, form({ ...valid, name: 'Map Library', ...change })),
      ),
    ).toBe('/settings/organization?saved=1');
    return { org, admin, settings: await getOrganizationSettings(t.db, { orgId: org.id }) };
  }

  it('saves another map service with its credit line, and audits the change', async () => {
    const { org, admin, settings } = await save(customMap);
    expect(settings.tiles).toEqual({
      url: customMap.tileUrl,
      attribution: customMap.tileAttribution,
      source: 'organization',
      organizationUrl: customMap.tileUrl,
      organizationAttribution: customMap.tileAttribution,
    });
    const [entry] = await auditFor(org.id);
    expect(entry).toMatchObject({
      action: 'organization.update',
      actorUserId: admin.userId,
      before: { tileUrl: null, tileAttribution: null },
      after: { tileUrl: customMap.tileUrl, tileAttribution: customMap.tileAttribution },
    });
  });

  it('saves the offline map, keeping no credit line', async () => {
    const { settings } = await save({ ...customMap, baseMap: 'offline' });
    expect(settings.tiles).toMatchObject({
      url: 'offline',
      source: 'organization',
      organizationAttribution: null,
    });
  });

  it('goes back to the default map, whatever is left in the hidden custom fields', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Back Library');
    await t.db
      .update(organizations)
      .set({ tileUrl: customMap.tileUrl, tileAttribution: 'County GIS' })
      .where(eq(organizations.id, org.id));
    signInAs(admin);
    await expectRedirect(() =>
      updateOrganizationSettings(
        null,
        form({
          ...valid,
          name: 'Back Library',
          baseMap: 'default',
          tileUrl: 'half-typed',
          tileAttribution: '<b>',
        }),
      ),
    );
    const settings = await getOrganizationSettings(t.db, { orgId: org.id });
    expect(settings.tiles).toMatchObject({
      url: defaultTiles.url,
      attribution: defaultTiles.attribution,
      source: 'default',
      organizationUrl: null,
    });
    expect((await auditFor(org.id))[0]).toMatchObject({
      before: { tileUrl: customMap.tileUrl, tileAttribution: 'County GIS' },
      after: { tileUrl: null, tileAttribution: null },
    });
  });

  it.each([
    [{ tileUrl: '' }, null],
    [{ tileUrl: 'offline' }, 'offline'],
    [
      { tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{-y}{r}.png', tileAttribution: '© Example' },
      'https://{s}.tile.example.org/{z}/{x}/{-y}{r}.png',
    ],
  ])('reads a tile address %o sent without the choice as what it says', async (change, stored) => {
    const { org } = await save(change);
    expect((await orgRow(org.id))?.tileUrl).toBe(stored);
  });

  it('leaves the base map and geocoder alone when a form does not send them', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Kept Library');
    await t.db
      .update(organizations)
      .set({ tileUrl: 'offline', geocoder: 'census' })
      .where(eq(organizations.id, org.id));
    signInAs(admin);
    await expectRedirect(() => updateOrganizationSettings(null, form({ ...valid, name: 'Kept Library 2' })));
    expect(await orgRow(org.id)).toMatchObject({
      name: 'Kept Library 2',
      tileUrl: 'offline',
      geocoder: 'census',
    });
  });

  it.each(['census', 'offline', 'nominatim'] as const)('saves the %s geocoder', async (geocoder) => {
    const { org, settings } = await save({ geocoder });
    expect(settings.geocoder).toBe(geocoder);
    expect((await auditFor(org.id))[0]).toMatchObject({
      before: { geocoder: 'nominatim' },
      after: { geocoder },
    });
  });

  it.each([
    [{ tileUrl: '' }, 'tileUrl', tileMessages.urlMissing],
    [{ tileUrl: 'tiles.example.org/{z}/{x}/{y}.png' }, 'tileUrl', tileMessages.urlInvalid],
    [{ tileUrl: 'ftp://tiles.example.org/{z}/{x}/{y}.png' }, 'tileUrl', tileMessages.urlInvalid],
    [{ tileUrl: 'javascript:alert(1)//{z}/{x}/{y}' }, 'tileUrl', tileMessages.urlInvalid],
    [{ tileUrl: 'https://tiles.example.org/map.png' }, 'tileUrl', tileMessages.urlPlaceholders],
    [{ tileUrl: 'https://tiles.example.org/{z}/{x}.png' }, 'tileUrl', tileMessages.urlPlaceholders],
    [{ tileUrl: `https://tiles.example.org/${'a'.repeat(500)}/{z}/{x}/{y}.png` }, 'tileUrl', /at most 500/],
    [{ tileAttribution: '' }, 'tileAttribution', tileMessages.attributionMissing],
    [{ tileAttribution: '  ' }, 'tileAttribution', tileMessages.attributionMissing],
    [{ tileAttribution: '<script>alert(1)</script>' }, 'tileAttribution', tileMessages.attributionHtml],
    [{ tileAttribution: '<img src=x onerror=alert(1)>' }, 'tileAttribution', tileMessages.attributionHtml],
    [
      { tileAttribution: '<a href="javascript:alert(1)">GIS</a>' },
      'tileAttribution',
      tileMessages.attributionHtml,
    ],
    [
      { tileAttribution: '<a href="https://x.org" onclick="alert(1)">GIS</a>' },
      'tileAttribution',
      tileMessages.attributionHtml,
    ],
    [{ baseMap: 'satellite' }, 'baseMap', /Choose a base map/],
    [{ geocoder: 'google' }, 'geocoder', /Choose how addresses are looked up/],
  ] as const)('refuses %o beside its field and changes nothing', async (change, field, message) => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const before = await orgRow(org.id);
    signInAs(admin);
    const result = await updateOrganizationSettings(null, form({ ...valid, ...customMap, ...change }));
    expect(result).toMatchObject({ ok: false, message: 'Some fields need attention.' });
    if (result.ok) return;
    const error = result.fieldErrors?.[field]?.[0];
    if (typeof message === 'string') expect(error).toBe(message);
    else expect(error).toMatch(message);
    expect(await orgRow(org.id)).toEqual(before);
    expect(await auditFor(org.id)).toHaveLength(0);
  });

  it('shows a map problem together with a problem elsewhere in the form', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    const result = await updateOrganizationSettings(
      null,
      form({ ...valid, ...customMap, name: '', tileAttribution: '' }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: [expect.stringMatching(/library system’s name/)],
        tileAttribution: [tileMessages.attributionMissing],
      },
    });
  });

  it('uses the server’s own tile server as the default when one is configured', async () => {
    process.env.TILE_URL = 'https://tiles.library-consortium.example/{z}/{x}/{y}.png';
    process.env.TILE_ATTRIBUTION = '© Consortium maps';
    const { org } = await createOrganizationWithMembers(t.db);
    expect((await getOrganizationSettings(t.db, { orgId: org.id })).tiles).toMatchObject({
      url: process.env.TILE_URL,
      attribution: '© Consortium maps',
      source: 'environment',
    });
    await t.db.update(organizations).set({ tileUrl: 'offline' }).where(eq(organizations.id, org.id));
    expect((await getOrganizationSettings(t.db, { orgId: org.id })).tiles).toMatchObject({
      url: 'offline',
      source: 'organization',
    });
  });
});
