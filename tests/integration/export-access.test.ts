import { and, count, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getArchive } from '@/app/api/export/archive/route';
import { GET as getPartners } from '@/app/api/export/partners/route';
import { auditEntries, branches, partners } from '@/db/schema';
import { restoreArchive } from '@/lib/export/actions';
import { maxArchiveBytes, type OrganizationArchive } from '@/lib/export/format';
import { createOrganizationWithMembers, signInAs, type TestMember } from '../factories';
import { archiveOf, createRichOrganization, unzipText } from '../factories/export';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Member = { userId: string; membershipId: string } | null;
const noParams = { params: Promise.resolve({}) };

function archiveAs(member: Member) {
  signInAs(member);
  return getArchive(new Request('http://localhost/api/export/archive'), noParams);
}
function partnersAs(member: Member, format: string) {
  signInAs(member);
  return getPartners(new Request(`http://localhost/api/export/partners?format=${format}`), noParams);
}
function restoreAs(member: Member, content: BlobPart, name = 'archive.zip') {
  signInAs(member);
  const data = new FormData();
  data.append('archive', new File([content], name));
  return restoreArchive(null, data);
}

let alder: Awaited<ReturnType<typeof createRichOrganization>>;
let birch: Awaited<ReturnType<typeof createRichOrganization>>;
let archive: OrganizationArchive;

beforeAll(async () => {
  alder = await createRichOrganization(t.db, 'Alder');
  birch = await createRichOrganization(t.db, 'Birch');
  archive = archiveOf(unzipText(new Uint8Array(await (await archiveAs(alder.admin)).arrayBuffer())));
});

async function exportsRecordedFor(member: TestMember) {
  const [row] = await t.db
    .select({ value: count() })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, member.orgId),
        eq(auditEntries.actorUserId, member.userId),
        eq(auditEntries.action, 'organization.export'),
      ),
    );
  return row?.value ?? 0;
}

async function partnerCount(orgId: string) {
  const [row] = await t.db.select({ value: count() }).from(partners).where(eq(partners.orgId, orgId));
  return row?.value ?? 0;
}

describe('organization walls', () => {
  it('give an admin only their own organization, and record who downloaded it', async () => {
    const before = await exportsRecordedFor(birch.admin);
    const files = unzipText(new Uint8Array(await (await archiveAs(birch.admin)).arrayBuffer()));
    const everything = Object.values(files).join('\n');
    expect(everything).toContain('Birch Teen Center');
    expect(everything).not.toMatch(/Alder/);
    expect(everything).not.toContain(alder.org.id);
    expect(await exportsRecordedFor(birch.admin)).toBe(before + 1);
    const geo = await (await partnersAs(birch.admin, 'geojson')).text();
    expect(geo).toContain('Birch Teen Center');
    expect(geo).not.toContain('Alder');
    expect(await exportsRecordedFor(birch.admin)).toBe(before + 2);
  });

  it.each(['manager', 'staff', 'viewer'] as const)(
    'refuse a %s every download and the restore',
    async (role) => {
      expect((await archiveAs(alder[role])).status).toBe(403);
      expect((await partnersAs(alder[role], 'geojson')).status).toBe(403);
      expect((await partnersAs(alder[role], 'kml')).status).toBe(403);
      const result = await restoreAs(alder[role], JSON.stringify(archive), 'organization.json');
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Only admins') });
    },
  );

  it('refuse a visitor who is not signed in', async () => {
    expect((await archiveAs(null)).status).toBe(401);
    expect((await partnersAs(null, 'kml')).status).toBe(401);
    expect(await restoreAs(null, JSON.stringify(archive))).toMatchObject({ ok: false });
  });
});

describe('partners for other map tools', () => {
  it('GeoJSON: no point or address for a hidden location, an approximate one rounded', async () => {
    const response = await partnersAs(alder.admin, 'geojson');
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    const features = (await response.json()).features as {
      geometry: { coordinates: number[] } | null;
      properties: { name: string; address: string };
    }[];
    const named = (name: string) => features.find((f) => f.properties.name === name)!;
    expect(features).toHaveLength(5);
    expect(named('Alder Home Daycare')).toMatchObject({ geometry: null, properties: { address: '' } });
    expect(named('Alder Rosa Alvarez').geometry!.coordinates).toEqual([-122.23, 47.91]);
    expect(named('Alder Teen Center').geometry!.coordinates).toEqual([-122.210134, 47.905212]);
  });

  it('KML: placemarks for partners with a point, text escaped, nothing of a hidden location', async () => {
    const response = await partnersAs(alder.admin, 'kml');
    expect(response.headers.get('content-type')).toContain('application/vnd.google-earth.kml+xml');
    const kml = await response.text();
    expect(kml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">/,
    );
    expect(kml.match(/<Placemark /g)).toHaveLength(3);
    expect(kml).toContain('<coordinates>-122.210134,47.905212</coordinates>');
    expect(kml).toContain('<coordinates>-122.23,47.91</coordinates>');
    expect(kml).not.toMatch(/Home Daycare|Hidden Lane|47\.8701/);
    expect(kml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click me&quot;)');
  });

  it('refuses a format it does not know', async () => {
    expect((await partnersAs(alder.admin, 'xlsx')).status).toBe(400);
  });
});

describe('a restore is refused, with nothing written', () => {
  let empty: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
  beforeAll(async () => {
    empty = await createOrganizationWithMembers(t.db);
  });

  const refusal = (result: unknown) =>
    (result as { ok: boolean; fieldErrors?: { archive?: string[] } }).fieldErrors?.archive?.[0] ?? '';

  it('into an organization that already holds records', async () => {
    const result = await restoreAs(birch.admin, JSON.stringify(archive));
    expect(result).toMatchObject({ ok: false });
    expect(refusal(result)).toMatch(/only goes into an empty organization.*5 partners/);
    expect(await partnerCount(birch.org.id)).toBe(5);
  });

  it('for a file that is not an archive', async () => {
    expect(refusal(await restoreAs(empty.admin, 'name,stage\nLibrary,connected\n', 'partners.csv'))).toMatch(
      /not a Partner Atlas archive/,
    );
    expect(refusal(await restoreAs(empty.admin, JSON.stringify({ hello: 'world' })))).toMatch(
      /not a Partner Atlas archive/,
    );
    expect(
      refusal(await restoreAs(empty.admin, zipSync({ 'notes.txt': new Uint8Array([104, 105]) }))),
    ).toMatch(/holds no organization\.json/);
    expect(refusal(await restoreAs(empty.admin, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatch(
      /damaged/,
    );
    expect(refusal(await restoreAs(empty.admin, ''))).toMatch(/Choose the archive file/);
  });

  it('for a file that is too large', async () => {
    const big = new Uint8Array(maxArchiveBytes + 1).fill(32);
    expect(refusal(await restoreAs(empty.admin, big))).toMatch(/at most 20 MB/);
  });

  it('for an archive from a newer version', async () => {
    const newer = { ...archive, formatVersion: 99 };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(newer)))).toMatch(/newer version.*format 99/);
  });

  it('for a damaged archive, naming the table, row and field', async () => {
    const broken = {
      ...archive,
      partners: archive.partners.map((p, i) => (i === 1 ? { ...p, name: 42 } : p)),
    };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(broken)))).toMatch(
      /partners, row 2, field “name”/,
    );
    const sectors = { ...archive, partners: archive.partners.map((p) => ({ ...p, sectors: ['astrology'] })) };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(sectors)))).toMatch(
      /partners, row 1, field “sectors”/,
    );
    const far = { ...archive, partners: archive.partners.map((p) => ({ ...p, latitude: 123 })) };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(far)))).toMatch(/field “latitude”/);
  });

  it('for anything that would run as script in a colleague’s browser', async () => {
    const credit = {
      ...archive,
      organization: { ...archive.organization, tileAttribution: '<img src=x onerror=alert(1)>' },
    };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(credit)))).toMatch(
      /organization.tileAttribution/,
    );
    const link = {
      ...archive,
      partners: archive.partners.map((p) => ({ ...p, website: 'javascript:alert(1)' })),
    };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(link)))).toMatch(
      /partners, row 1, field “website”/,
    );
    expect(await partnerCount(empty.org.id)).toBe(0);
  });

  it('half way through, leaving nothing behind', async () => {
    // Everything up to the follow-ups is written before the broken reference is reached.
    const broken = {
      ...archive,
      followUps: archive.followUps.map((f) => ({ ...f, partnerId: '00000000-0000-4000-8000-000000000000' })),
    };
    expect(refusal(await restoreAs(empty.admin, JSON.stringify(broken)))).toMatch(
      /followUps, row 1 refers to a partner it does not hold/,
    );
    expect(await partnerCount(empty.org.id)).toBe(0);
    const [row] = await t.db
      .select({ value: count() })
      .from(branches)
      .where(eq(branches.orgId, empty.org.id));
    expect(row?.value).toBe(0);
    // …and the same organization then takes the whole archive.
    expect(await restoreAs(empty.admin, JSON.stringify(archive))).toMatchObject({ ok: true });
    expect(await partnerCount(empty.org.id)).toBe(5);
  });
});
