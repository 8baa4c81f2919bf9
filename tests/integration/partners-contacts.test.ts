import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, contacts } from '@/db/schema';
import { createContact, deleteContact, updateContact } from '@/lib/partners/contact-actions';
import { emptyFilter } from '@/lib/partners/filters';
import { getPartner, listContacts, listPartners } from '@/lib/partners/queries';
import {
  createOrganizationWithMembers,
  form,
  createContact as makeContact,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function contactRows(partnerId: string) {
  return t.db.select().from(contacts).where(eq(contacts.partnerId, partnerId));
}

async function auditFor(entityId: string) {
  return t.db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.entityId, entityId))
    .orderBy(auditEntries.createdAt);
}

describe('contacts at a partner', () => {
  it('are added, edited and removed by staff, each step audited with the partner’s name', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { name: 'Sky Valley Food Bank' });
    signInAs(staff);

    const added = await createContact(
      null,
      form({
        partnerId: partner.id,
        name: ' Beth Lund ',
        role: 'Director',
        email: 'Beth@SkyValley.example.org',
        phone: '360-555-0138',
        preferredLanguage: 'English',
        notes: 'Prefers calls before noon.',
        shareWithViewers: 'on',
      }),
    );
    expect(added).toMatchObject({ ok: true, data: { name: 'Beth Lund' } });
    if (!added.ok) return;
    expect(await contactRows(partner.id)).toEqual([
      expect.objectContaining({
        orgId: org.id,
        name: 'Beth Lund',
        email: 'beth@skyvalley.example.org',
        shareWithViewers: true,
        version: 1,
      }),
    ]);

    const edited = await updateContact(
      null,
      form({
        contactId: added.data.id,
        version: 1,
        name: 'Beth Lund',
        role: 'Executive director',
        email: 'beth@skyvalley.example.org',
      }),
    );
    expect(edited).toMatchObject({ ok: true, data: { changed: true } });
    const [row] = await contactRows(partner.id);
    // The box left unticked, and fields left empty, are saved as such.
    expect(row).toMatchObject({
      role: 'Executive director',
      phone: '',
      notes: '',
      shareWithViewers: false,
      version: 2,
    });

    const removed = await deleteContact(null, form({ contactId: added.data.id, version: 2 }));
    expect(removed).toMatchObject({ ok: true });
    expect(await contactRows(partner.id)).toEqual([]);

    // "Their details are deleted": the log keeps that a contact of this partner was added, changed and
    // removed, and by whom, but nothing that described them.
    const entries = await auditFor(added.data.id);
    expect(entries.map((e) => e.action)).toEqual(['contact.create', 'contact.update', 'contact.delete']);
    const erased = { partnerId: partner.id, partnerName: 'Sky Valley Food Bank', detailsErased: true };
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [null, erased],
      [erased, erased],
      [erased, null],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Beth|skyvalley|555-0138|noon|Director/i);
  });

  it('refuses a contact for a partner that is not there', async () => {
    const { staff } = await createOrganizationWithMembers(t.db);
    signInAs(staff);
    for (const partnerId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const result = await createContact(null, form({ partnerId, name: 'Nobody' }));
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('partner was not found') });
    }
  });
});

describe('what a viewer may read', () => {
  async function fixture() {
    const members = await createOrganizationWithMembers(t.db);
    const { org } = members;
    const group = await makePartner(t.db, org.id, {
      name: 'Casino Road Coalition',
      category: 'association',
      phone: '425-555-0122',
      email: 'hello@casinoroad.example.org',
      address: '1200 W Casino Rd, Everett',
      latitude: 47.921349,
      longitude: -122.247812,
    });
    const person = await makePartner(t.db, org.id, {
      name: 'Halima Yusuf',
      category: 'individual',
      phone: '425-555-0110',
      email: 'halima@example.net',
      address: '20012 48th Ave W, Lynnwood',
      latitude: 47.816412,
      longitude: -122.299371,
      locationPrecision: 'approximate',
    });
    const hiddenHome = await makePartner(t.db, org.id, {
      name: 'Evelyn Marsh',
      category: 'individual',
      latitude: 47.8701,
      longitude: -121.9602,
      locationPrecision: 'hidden',
    });
    const shared = await makeContact(t.db, org.id, group.id, {
      name: 'Lucía Hernández',
      email: 'lucia@casinoroad.example.org',
      phone: '425-555-0199',
      notes: 'Happy to be called.',
      shareWithViewers: true,
    });
    const privateOne = await makeContact(t.db, org.id, group.id, {
      name: 'Rosa Jiménez',
      role: 'Organizer',
      email: 'rosa@example.net',
      phone: '360-555-0141',
      preferredLanguage: 'Spanish',
      notes: 'Works nights.',
    });
    return { ...members, group, person, hiddenHome, shared, privateOne };
  }

  it('hides a contact’s email, phone and notes unless they agreed to share them', async () => {
    const f = await fixture();
    const seen = await listContacts(t.db, f.viewer, f.group.id);
    expect(seen).toEqual([
      expect.objectContaining({
        name: 'Lucía Hernández',
        email: 'lucia@casinoroad.example.org',
        phone: '425-555-0199',
        notes: 'Happy to be called.',
        detailsWithheld: false,
      }),
      expect.objectContaining({
        name: 'Rosa Jiménez',
        role: 'Organizer',
        preferredLanguage: 'Spanish',
        email: '',
        phone: '',
        notes: '',
        detailsWithheld: true,
      }),
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/rosa@example\.net|360-555-0141|Works nights/);

    const staffSees = await listContacts(t.db, f.staff, f.group.id);
    expect(staffSees[1]).toMatchObject({
      email: 'rosa@example.net',
      phone: '360-555-0141',
      notes: 'Works nights.',
    });
  });

  it('hides how to reach a person who is a partner, and where exactly they are', async () => {
    const f = await fixture();
    const person = await getPartner(t.db, f.viewer, f.person.id);
    expect(person).toMatchObject({
      phone: '',
      email: '',
      address: '',
      latitude: 47.82,
      longitude: -122.3,
      detailsWithheld: true,
    });
    const hidden = await getPartner(t.db, f.viewer, f.hiddenHome.id);
    expect(hidden).toMatchObject({ latitude: null, longitude: null });
    // An organization's own public details stay visible.
    const group = await getPartner(t.db, f.viewer, f.group.id);
    expect(group).toMatchObject({
      phone: '425-555-0122',
      email: 'hello@casinoroad.example.org',
      latitude: 47.921349,
    });

    const listed = await listPartners(t.db, f.viewer, emptyFilter);
    expect(JSON.stringify(listed)).not.toMatch(/20012 48th Ave W|47\.816412|47\.8701/);

    // Staff, who look after the relationship, see everything.
    expect(await getPartner(t.db, f.staff, f.person.id)).toMatchObject({
      phone: '425-555-0110',
      address: '20012 48th Ave W, Lynnwood',
      latitude: 47.816412,
    });
    expect(await getPartner(t.db, f.manager, f.hiddenHome.id)).toMatchObject({ latitude: 47.8701 });
  });
});
