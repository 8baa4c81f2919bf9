import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/partners/export/route';
import { auditEntries, contacts, partners } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import { archivePartner, createPartner, restorePartner, updatePartner } from '@/lib/partners/actions';
import { createContact, deleteContact, updateContact } from '@/lib/partners/contact-actions';
import { emptyFilter } from '@/lib/partners/filters';
import { partnerHistory } from '@/lib/partners/history';
import {
  getPartner,
  getPartnerOrThrow,
  listContacts,
  listPartners,
  listPriorityCommunitySuggestions,
} from '@/lib/partners/queries';
import {
  createOrganizationWithMembers,
  form,
  createBranch as makeBranch,
  createContact as makeContact,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectNotFound } from '../support/next';

// Nothing crosses organizations, ever; and a viewer only reads. Every partner and contact action,
// every read and the export are tried from the wrong side of each wall.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let bPartner: Awaited<ReturnType<typeof makePartner>>;
let bArchived: Awaited<ReturnType<typeof makePartner>>;
let bContact: Awaited<ReturnType<typeof makeContact>>;
let aPartner: Awaited<ReturnType<typeof makePartner>>;
let aContact: Awaited<ReturnType<typeof makeContact>>;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  bPartner = await makePartner(t.db, b.org.id, {
    name: 'Birch Secret Garden',
    priorityCommunities: ['Birch tag'],
  });
  bArchived = await makePartner(t.db, b.org.id, { name: 'Birch Archived', archivedAt: new Date() });
  bContact = await makeContact(t.db, b.org.id, bPartner.id, {
    name: 'Birch Person',
    email: 'person@birch.example.org',
  });
  aPartner = await makePartner(t.db, a.org.id, { name: 'Alder Partner' });
  aContact = await makeContact(t.db, a.org.id, aPartner.id, { name: 'Alder Person' });
});

/** Everything of B that an action could change, to compare before and after. */
async function snapshotOfB() {
  return {
    partners: await t.db.select().from(partners).where(eq(partners.orgId, b.org.id)).orderBy(partners.id),
    contacts: await t.db.select().from(contacts).where(eq(contacts.orgId, b.org.id)).orderBy(contacts.id),
    audit: (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, b.org.id))).length,
  };
}

const full = { name: 'Taken Over', category: 'institution' };

/** Each write, aimed at organization B's records. */
const writesAtB: [string, () => Promise<ActionResult>][] = [
  ['updatePartner', () => updatePartner(null, form({ ...full, id: bPartner.id, version: 1 }))],
  ['archivePartner', () => archivePartner(null, form({ id: bPartner.id, version: 1 }))],
  ['restorePartner', () => restorePartner(null, form({ id: bArchived.id, version: 1 }))],
  ['createContact', () => createContact(null, form({ partnerId: bPartner.id, name: 'Intruder' }))],
  ['updateContact', () => updateContact(null, form({ contactId: bContact.id, version: 1, name: 'Renamed' }))],
  ['deleteContact', () => deleteContact(null, form({ contactId: bContact.id, version: 1 }))],
];

describe('an admin of another organization', () => {
  it.each(writesAtB)('cannot %s there: B’s ids are simply not found', async (_name, write) => {
    signInAs(a.admin);
    const before = await snapshotOfB();
    const result = await write();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(JSON.stringify(result)).not.toContain('Birch');
    expect(await snapshotOfB()).toEqual(before);
  });

  it('cannot file a partner under B’s branch or B’s staff', async () => {
    signInAs(a.admin);
    const bBranch = await makeBranch(t.db, b.org.id, { name: 'Birch Branch' });
    const before = await snapshotOfB();
    const result = await createPartner(
      null,
      form({ ...full, primaryBranchId: bBranch.id, ownerMembershipId: b.staff.membershipId }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { primaryBranchId: [expect.any(String)], ownerMembershipId: [expect.any(String)] },
    });
    expect(JSON.stringify(result)).not.toContain('Birch');
    expect(await snapshotOfB()).toEqual(before);
  });

  it('reads nothing of B: not its partners, contacts, history or tags', async () => {
    const list = await listPartners(t.db, a.admin, { ...emptyFilter, archived: 'include' });
    expect(list.rows.map((r) => r.name)).toEqual(['Alder Partner']);
    expect(list.total).toBe(1);
    expect(await getPartner(t.db, a.admin, bPartner.id)).toBeNull();
    await expectNotFound(() => getPartnerOrThrow(t.db, a.admin, bPartner.id));
    await expectNotFound(() => getPartnerOrThrow(t.db, a.admin, 'not-a-uuid'));
    expect(await listContacts(t.db, a.admin, bPartner.id)).toEqual([]);
    expect(await partnerHistory(t.db, a.admin, bPartner.id)).toEqual([]);
    expect(await listPriorityCommunitySuggestions(t.db, a.admin)).not.toContain('Birch tag');
  });

  it('exports none of B’s partners, whatever the filter says', async () => {
    signInAs(a.admin);
    for (const format of ['csv', 'geojson']) {
      const response = await GET(
        new Request(`http://localhost/api/partners/export?format=${format}&archived=include&q=Birch`),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      expect(await response.text()).not.toMatch(/Birch|birch\.example/);
    }
  });
});

describe('a viewer', () => {
  const writesAtOwn = (): [string, () => Promise<ActionResult>][] => [
    ['createPartner', () => createPartner(null, form(full))],
    ['updatePartner', () => updatePartner(null, form({ ...full, id: aPartner.id, version: 1 }))],
    ['archivePartner', () => archivePartner(null, form({ id: aPartner.id, version: 1 }))],
    ['restorePartner', () => restorePartner(null, form({ id: aPartner.id, version: 1 }))],
    ['createContact', () => createContact(null, form({ partnerId: aPartner.id, name: 'New' }))],
    [
      'updateContact',
      () => updateContact(null, form({ contactId: aContact.id, version: 1, name: 'Renamed' })),
    ],
    ['deleteContact', () => deleteContact(null, form({ contactId: aContact.id, version: 1 }))],
  ];

  it('is refused every write in their own organization, and nothing changes', async () => {
    signInAs(a.viewer);
    const before = await t.db.select().from(partners).where(eq(partners.orgId, a.org.id));
    const contactsBefore = await t.db.select().from(contacts).where(eq(contacts.orgId, a.org.id));
    for (const [name, write] of writesAtOwn()) {
      const result = await write();
      expect(result, name).toEqual({
        ok: false,
        message: 'Only staff, managers and admins can do this. Your role is viewer.',
      });
    }
    expect(await t.db.select().from(partners).where(eq(partners.orgId, a.org.id))).toEqual(before);
    expect(await t.db.select().from(contacts).where(eq(contacts.orgId, a.org.id))).toEqual(contactsBefore);
  });

  it('can download the export, and someone signed out cannot', async () => {
    signInAs(a.viewer);
    const ok = await GET(new Request('http://localhost/api/partners/export?format=csv'), {
      params: Promise.resolve({}),
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Alder Partner');

    signInAs(null);
    const refused = await GET(new Request('http://localhost/api/partners/export?format=csv'), {
      params: Promise.resolve({}),
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain('Alder');
  });

  it('is refused like anyone signed out, who is asked to sign in first', async () => {
    signInAs(null);
    for (const [, write] of writesAtOwn()) {
      expect(await write()).toMatchObject({ ok: false, message: expect.stringContaining('Sign in again') });
    }
  });
});
