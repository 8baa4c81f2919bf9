import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import ConsortiumPage from '@/app/host/consortium/page';
import { auditEntries, hostAdmins, organizations, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { updateConsortiumSharing } from '@/lib/consortium/actions';
import { consortiumFigures, consortiumSums } from '@/lib/consortium/figures';
import { getConsortiumSharing } from '@/lib/consortium/sharing';
import { shownCountText } from '@/lib/consortium/suppress';
import { addHostAdmin } from '@/lib/host/admins';
import { createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { createInterview } from '../factories/dashboard';
import { useTestDatabase } from '../support/database';
import { expectNotFound, expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

const t = useTestDatabase();
let clientNumber = 0;

async function signedInHost() {
  const email = `host-${++clientNumber}@state.example`;
  const added = await addHostAdmin(t.db, { email, name: 'Hana Host' });
  if (added.status !== 'created') throw new Error('expected a new host admin');
  const result = await checkCredentials(t.db, email, added.oneTimePassword, {
    sleep: async () => {},
    client: `198.51.100.${clientNumber}`,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  });
  if (!result.ok) throw new Error('host sign-in refused');
  await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, added.userId));
  signInAs(result);
}

const share = (orgId: string, on = true) =>
  t.db.update(organizations).set({ consortiumSharing: on }).where(eq(organizations.id, orgId));

describe('sharing with the consortium view', () => {
  it('is off by default, chosen by admins only, audited once per change', async () => {
    const { org, admin, manager } = await createOrganizationWithMembers(t.db);
    expect(await getConsortiumSharing(t.db, { orgId: org.id })).toMatchObject({ sharing: false });

    signInAs(manager);
    expect(await updateConsortiumSharing(null, form({ share: 'on' }))).toMatchObject({ ok: false });
    signInAs(admin);
    expect(await expectRedirect(() => updateConsortiumSharing(null, form({ share: 'on' })))).toBe(
      '/settings/organization?saved=consortium#consortium',
    );
    expect(await getConsortiumSharing(t.db, { orgId: org.id })).toMatchObject({ sharing: true });
    await expectRedirect(() => updateConsortiumSharing(null, form({ share: 'on' }))); // no change
    await expectRedirect(() => updateConsortiumSharing(null, form({}))); // unticked
    expect(await getConsortiumSharing(t.db, { orgId: org.id })).toMatchObject({ sharing: false });

    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, org.id), eq(auditEntries.action, 'organization.consortium')));
    expect(entries.map((entry) => [entry.before, entry.after, entry.actorUserId])).toEqual(
      expect.arrayContaining([
        [{ consortiumSharing: false }, { consortiumSharing: true }, admin.userId],
        [{ consortiumSharing: true }, { consortiumSharing: false }, admin.userId],
      ]),
    );
    expect(entries).toHaveLength(2);
    signInAs(null);
  });

  it('is offered only where the service has a host', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    await t.db.delete(hostAdmins);
    expect(await getConsortiumSharing(t.db, { orgId: org.id })).toMatchObject({ hostExists: false });
    await addHostAdmin(t.db, { email: `host-x${++clientNumber}@state.example`, name: 'X' });
    expect(await getConsortiumSharing(t.db, { orgId: org.id })).toMatchObject({ hostExists: true });
  });
});

describe('the consortium view', () => {
  it('adds up only the open systems that share, counting hidden places and leaving out archived partners', async () => {
    const { org: a } = await createOrganizationWithMembers(t.db, 'Alder Library');
    const { org: b } = await createOrganizationWithMembers(t.db, 'Birch Library');
    const { org: quiet } = await createOrganizationWithMembers(t.db, 'Quiet Library');
    const { org: suspended } = await createOrganizationWithMembers(t.db, 'Suspended Library');
    const before = await consortiumSums(t.db);
    await share(a.id);
    await share(b.id);
    await share(suspended.id);
    await t.db
      .update(organizations)
      .set({ suspendedAt: new Date() })
      .where(eq(organizations.id, suspended.id));

    for (let i = 0; i < 6; i++) {
      await createPartner(t.db, a.id, {
        name: `Secret Alder ${i}`,
        stage: 'identified',
        category: 'institution',
        agesServed: ['teens'],
        locationPrecision: i === 0 ? 'hidden' : 'exact',
      });
    }
    await createPartner(t.db, b.id, {
      name: 'Secret Birch',
      stage: 'sustained',
      category: 'association',
      agesServed: ['teens', 'adults'],
    });
    await createPartner(t.db, b.id, { name: 'Archived Birch', archivedAt: new Date(), stage: 'ended' });
    for (const org of [quiet, suspended]) {
      await createPartner(t.db, org.id, { name: 'Not counted', stage: 'paused', category: 'local_economy' });
    }
    await createInterview(t.db, a.id, { status: 'complete', heldOn: '2020-01-15' });
    const today = new Date().toISOString().slice(0, 10);
    await createInterview(t.db, b.id, { status: 'complete', heldOn: today });
    await createInterview(t.db, b.id, { status: 'draft', heldOn: today });
    await createInterview(t.db, quiet.id, { status: 'complete', heldOn: today });

    const sums = await consortiumSums(t.db);
    expect(sums.systems - before.systems).toBe(2);
    const count = (rows: { key: string; n: number }[], key: string) =>
      rows.find((r) => r.key === key)?.n ?? 0;
    const beforeCount = (rows: { key: string; n: number }[], key: string) => count(rows, key);
    expect(count(sums.stages, 'identified') - beforeCount(before.stages, 'identified')).toBe(6);
    expect(count(sums.stages, 'sustained') - beforeCount(before.stages, 'sustained')).toBe(1);
    expect(count(sums.stages, 'ended') - beforeCount(before.stages, 'ended')).toBe(0);
    expect(count(sums.stages, 'paused') - beforeCount(before.stages, 'paused')).toBe(0);
    expect(count(sums.ages, 'teens') - beforeCount(before.ages, 'teens')).toBe(7);
    expect(sums.interviews.total - before.interviews.total).toBe(2);
    expect(sums.interviews.recent - before.interviews.recent).toBe(1);
  });

  it('shows small counts as “fewer than 5”, withholds what would give them away, and names nobody', async () => {
    // Only this file's systems share from here on.
    await t.db.update(organizations).set({ consortiumSharing: false });
    const { org: a } = await createOrganizationWithMembers(t.db, 'Cedar Library');
    const { org: b } = await createOrganizationWithMembers(t.db, 'Douglas Library');
    await share(a.id);
    await share(b.id);
    for (let i = 0; i < 7; i++) {
      await createPartner(t.db, a.id, {
        name: `Hidden Name ${i}`,
        stage: 'identified',
        category: 'institution',
      });
    }
    await createPartner(t.db, b.id, {
      name: 'Lonely Partner',
      stage: 'collaborating',
      category: 'individual',
    });
    const figures = await consortiumFigures(t.db);
    expect(shownCountText(figures.systems)).toBe('fewer than 5');
    expect(shownCountText(figures.partners)).toBe('8');
    const stage = (key: string) => shownCountText(figures.byStage.find((row) => row.stage === key)!.partners);
    expect(stage('collaborating')).toBe('fewer than 5');
    // 8 in all, 7 identified shown: the 1 collaborating could be worked out, so 7 is withheld.
    expect(stage('identified')).toBe('withheld');
    expect(stage('paused')).toBe('0');
    // Which kinds serve an age is said only where its count is shown: four kinds serving an age of
    // "fewer than 5" partners would mean exactly four.
    const age = (key: string) => figures.byAge.find((row) => row.age === key)!;
    expect(shownCountText(age('teens').partners)).toBe('0');
    expect(age('teens').missingCategories).toHaveLength(6);

    await signedInHost();
    const html = await renderToHtml(await ConsortiumPage());
    expect(html).toMatch(/Library systems sharing<\/dt><dd[^>]*>fewer than 5</);
    expect(html).toMatch(/Collaborating<\/th><td[^>]*>fewer than 5</);
    expect(html).toMatch(/Identified<\/th><td[^>]*>withheld</);
    for (const name of ['Cedar Library', 'Douglas Library', 'Hidden Name', 'Lonely Partner']) {
      expect(html).not.toContain(name);
    }
    signInAs(null);
  });

  it('does not say which kinds serve an age whose count is hidden', async () => {
    await t.db.update(organizations).set({ consortiumSharing: false });
    const { org } = await createOrganizationWithMembers(t.db, 'Elm Library');
    await share(org.id);
    const kinds = ['individual', 'association', 'institution', 'physical_space'] as const;
    for (const category of kinds) {
      await createPartner(t.db, org.id, { category, agesServed: ['older_adults'] });
    }
    for (let i = 0; i < 5; i++)
      await createPartner(t.db, org.id, { category: 'local_economy', agesServed: ['adults'] });
    const figures = await consortiumFigures(t.db);
    const age = (key: string) => figures.byAge.find((row) => row.age === key)!;
    expect(shownCountText(age('older_adults').partners)).toBe('fewer than 5');
    expect(age('older_adults').missingCategories).toBeNull();
    expect(shownCountText(age('adults').partners)).toBe('5');
    expect(age('adults').missingCategories).toEqual(
      expect.arrayContaining([
        'individual',
        'association',
        'institution',
        'physical_space',
        'culture_stories',
      ]),
    );
  });

  it('is for host admins only', async () => {
    const { admin } = await createOrganizationWithMembers(t.db);
    for (const caller of [admin, null]) {
      signInAs(caller);
      await expectNotFound(() => ConsortiumPage());
    }
  });
});
