import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getArchive } from '@/app/api/export/archive/route';
import { areas, partners } from '@/db/schema';
import { restoreArchive } from '@/lib/export/actions';
import type { OrganizationArchive } from '@/lib/export/format';
import { createOrganizationWithMembers, signInAs } from '../factories';
import { archiveOf, createRichOrganization, unzipText } from '../factories/export';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Member = { userId: string; membershipId: string };

async function download(member: Member) {
  signInAs(member);
  const response = await getArchive(new Request('http://localhost/api/export/archive'), {
    params: Promise.resolve({}),
  });
  return unzipText(new Uint8Array(await response.arrayBuffer()));
}

function restoreAs(member: Member, content: string) {
  signInAs(member);
  const data = new FormData();
  data.append('archive', new File([content], 'organization.json'));
  return restoreArchive(null, data);
}

let archive: OrganizationArchive;

beforeAll(async () => {
  const source = await createRichOrganization(t.db, 'Alder');
  archive = archiveOf(await download(source.admin));
});

describe('areas in the archive', () => {
  it('holds each set and area, each service area still naming its branch, and restores them', async () => {
    expect(archive.formatVersion).toBe(2);
    expect(archive.areaSets.map((s) => s.name).sort()).toEqual(['Neighbourhoods', 'Service areas']);
    const central = archive.areas.find((row) => row.name === 'Alder Central area');
    expect(archive.branches.find((b) => b.id === central?.branchId)?.name).toBe('Alder Central');

    const empty = await createOrganizationWithMembers(t.db, 'Birch Library (new)');
    expect(await restoreAs(empty.admin, JSON.stringify(archive))).toMatchObject({ ok: true });
    const restored = await t.db.select().from(areas).where(eq(areas.orgId, empty.org.id));
    expect(restored.map((a) => a.name).sort()).toEqual(['Alder Central area', 'Alder Riverside']);
    expect(restored.find((a) => a.name === 'Alder Riverside')?.polygons).toHaveLength(2);
  });

  it('restores an archive of format 1, from before areas, with none', async () => {
    const { areaSets: _sets, areas: _areas, ...rest } = archive;
    const empty = await createOrganizationWithMembers(t.db, 'Elm Library (new)');
    const result = await restoreAs(empty.admin, JSON.stringify({ ...rest, formatVersion: 1 }));
    expect(result).toMatchObject({ ok: true });
    expect(await t.db.select().from(areas).where(eq(areas.orgId, empty.org.id))).toHaveLength(0);
    const restoredPartners = await t.db.select().from(partners).where(eq(partners.orgId, empty.org.id));
    expect(restoredPartners).toHaveLength(archive.partners.length);
  });
});
