import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, contacts, partners } from '@/db/schema';
import { archivePartner, updatePartner } from '@/lib/partners/actions';
import { deleteContact, updateContact } from '@/lib/partners/contact-actions';
import {
  createMember,
  createOrganization,
  form,
  createContact as makeContact,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// Two librarians open the same partner; the first to save wins, and the second is told who saved
// first and when, with nothing of theirs applied (PRODUCT.md and issue 3, "No lost updates").

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function partnerRow(id: string) {
  const [row] = await t.db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

async function auditCount(entityId: string) {
  return (await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId))).length;
}

async function twoEditors(timeZone = 'UTC') {
  const org = await createOrganization(t.db, { timeZone });
  const morgan = await createMember(t.db, org.id, { name: 'Morgan Lee', role: 'manager' });
  const sam = await createMember(t.db, org.id, { name: 'Sam Okafor', role: 'staff' });
  const partner = await makePartner(t.db, org.id, { name: 'Casino Road Coalition', category: 'association' });
  return { org, morgan, sam, partner };
}

// 22:42 UTC on 4 March 2025 is 2:42 PM in Seattle (standard time).
const savedAt = new Date('2025-03-04T22:42:00Z');

describe('two people editing one partner', () => {
  it('refuses the later save, naming who saved first and when, and applies none of it', async () => {
    const { morgan, sam, partner } = await twoEditors('America/Los_Angeles');
    signInAs(morgan);
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id: partner.id,
          version: 1,
          name: 'Casino Road Community Coalition',
          category: 'association',
        }),
      ),
    );
    await t.db.update(partners).set({ updatedAt: savedAt }).where(eq(partners.id, partner.id));
    const afterFirst = await partnerRow(partner.id);

    // Sam's form was opened before Morgan saved, so it still carries version 1.
    signInAs(sam);
    const result = await updatePartner(
      null,
      form({
        id: partner.id,
        version: 1,
        // A device elsewhere: the time is still the library's.
        timeZone: 'Asia/Tokyo',
        name: 'Casino Rd Coalition',
        category: 'institution',
        stage: 'connected',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^Morgan Lee changed this partner on Mar 4, 2025 at 2:42 PM PST; reload to see their changes\./,
    );
    expect(result.message).toContain('what you typed is still here');
    expect(result.fieldErrors).toBeUndefined();
    expect(await partnerRow(partner.id)).toEqual(afterFirst);
    expect(await auditCount(partner.id)).toBe(1);
  });

  it('says the time in UTC, and says so, in a library that has not chosen its zone', async () => {
    const { morgan, sam, partner } = await twoEditors();
    await t.db
      .update(partners)
      .set({ version: 2, updatedAt: savedAt, updatedByUserId: morgan.userId })
      .where(eq(partners.id, partner.id));
    signInAs(sam);
    const result = await updatePartner(
      null,
      form({ id: partner.id, version: 1, name: 'X', category: 'association' }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Morgan Lee changed this partner on Mar 4, 2025 at 10:42 PM UTC;/),
    });
  });

  it('tells someone who saved in another window that it was them', async () => {
    const { sam, partner } = await twoEditors();
    signInAs(sam);
    await expectRedirect(() =>
      updatePartner(null, form({ id: partner.id, version: 1, name: 'First tab', category: 'association' })),
    );
    const result = await updatePartner(
      null,
      form({ id: partner.id, version: 1, name: 'Second tab', category: 'association' }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^You changed this partner in another window/),
    });
    expect((await partnerRow(partner.id)).name).toBe('First tab');
  });

  it('refuses to archive a partner that changed since the page was opened', async () => {
    const { morgan, sam, partner } = await twoEditors();
    signInAs(morgan);
    await expectRedirect(() =>
      updatePartner(null, form({ id: partner.id, version: 1, name: 'Renamed', category: 'association' })),
    );
    signInAs(sam);
    const result = await archivePartner(null, form({ id: partner.id, version: 1 }));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Morgan Lee changed this partner at .*Nothing was changed/),
    });
    expect((await partnerRow(partner.id)).archivedAt).toBeNull();
  });
});

describe('two people editing one contact', () => {
  it('refuses the later edit or removal, naming who changed it', async () => {
    const { org, morgan, sam, partner } = await twoEditors();
    const contact = await makeContact(t.db, org.id, partner.id, {
      name: 'Lucía Hernández',
      email: 'lucia@example.org',
    });
    signInAs(morgan);
    const first = await updateContact(
      null,
      form({ contactId: contact.id, version: 1, name: 'Lucía Hernández', role: 'Coordinator' }),
    );
    expect(first).toMatchObject({ ok: true, data: { changed: true } });

    signInAs(sam);
    const stale = await updateContact(
      null,
      form({ contactId: contact.id, version: 1, name: 'Lucia H.', email: 'other@example.org' }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Morgan Lee changed this contact at /),
    });
    const staleRemoval = await deleteContact(null, form({ contactId: contact.id, version: 1 }));
    expect(staleRemoval).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Morgan Lee changed this contact/),
    });

    const [row] = await t.db.select().from(contacts).where(eq(contacts.id, contact.id));
    expect(row).toMatchObject({ name: 'Lucía Hernández', role: 'Coordinator', email: '', version: 2 });
  });
});
