import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { GET as getArchive } from '@/app/api/export/archive/route';
import { memberships, organizations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoOrganization } from '@/db/seed/demo-data';
import { restoreArchive } from '@/lib/export/actions';
import { archiveTableKeys } from '@/lib/export/format';
import { createOrganizationWithMembers, signInAs } from '../factories';
import { archiveOf, unzipText } from '../factories/export';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
afterEach(() => signInAs(null));

async function download(member: { userId: string; membershipId: string }) {
  signInAs(member);
  const response = await getArchive(new Request('http://localhost/api/export/archive'), {
    params: Promise.resolve({}),
  });
  return new Uint8Array(await response.arrayBuffer());
}

// Issue 7's "done when": the demo library system, exported, restores into an empty one with
// nothing lost (the factories' round trip checks every field; this checks real-looking data).
it('restores the demo library system into an empty organization, every record of it', async () => {
  await seedDemo(t.db);
  const [org] = await t.db.select().from(organizations).where(eq(organizations.name, demoOrganization.name));
  const [admin] = await t.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, org!.id), eq(memberships.role, 'admin')));
  const zip = await download({ userId: admin!.userId, membershipId: admin!.id });
  const before = archiveOf(unzipText(zip));
  expect(before.partners.length).toBeGreaterThan(50);

  // As on a new server: the demo's staff have no accounts where it is restored (restoring beside
  // the source leaves its staff's accounts alone: export-restore-elsewhere.test.ts).
  const demoStaff = t.db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(eq(memberships.orgId, org!.id));
  await t.db
    .update(users)
    .set({ email: sql`'moved.' || ${users.email}` })
    .where(inArray(users.id, demoStaff));

  const empty = await createOrganizationWithMembers(t.db);
  signInAs(empty.admin);
  const data = new FormData();
  data.append('archive', new File([zip], 'demo.zip'));
  expect(await restoreArchive(null, data)).toMatchObject({ ok: true });

  const after = archiveOf(unzipText(await download(empty.admin)));
  for (const key of archiveTableKeys) {
    if (key === 'staff' || key === 'auditEntries') continue;
    expect(after[key].length, key).toBe(before[key].length);
  }
  // The demo's staff, the new organization's own four, and the log with the restore and two downloads.
  expect(after.staff.length).toBe(before.staff.length + 4);
  expect(after.auditEntries.length).toBe(before.auditEntries.length + 2);
  expect(after.organization.name).toBe(demoOrganization.name);
});
