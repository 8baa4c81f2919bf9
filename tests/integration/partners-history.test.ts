import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries } from '@/db/schema';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import { createContact, deleteContact, updateContact } from '@/lib/partners/contact-actions';
import { partnerHistory } from '@/lib/partners/history';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// A partner's page shows its change history, read from the audit log.

const t = useTestDatabase();

afterEach(() => signInAs(null));

/** Saves a partner through the action, as the form would, and returns its id from the redirect. */
async function addThroughForm(values: Record<string, string | string[]>) {
  const to = await expectRedirect(() => createPartner(null, form(values)));
  const match = /^\/partners\/([0-9a-f-]{36})\?saved=added$/.exec(to);
  if (!match) throw new Error(`unexpected redirect ${to}`);
  return match[1]!;
}

describe('a partner’s history', () => {
  it('lists its changes and its contacts’ changes, newest first, with who and what', async () => {
    const { org, staff, viewer } = await createOrganizationWithMembers(t.db);
    const other = await makePartner(t.db, org.id, { name: 'Someone Else' });
    signInAs(staff);
    const id = await addThroughForm({
      name: 'Monroe Makerspace',
      category: 'local_economy',
      stage: 'identified',
    });
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id,
          version: 1,
          name: 'Monroe Makerspace',
          category: 'local_economy',
          stage: 'connected',
          agesServed: ['teens'],
        }),
      ),
    );
    const added = await createContact(
      null,
      form({ partnerId: id, name: 'Hector Ruiz', email: 'hector@example.org' }),
    );
    if (!added.ok) throw new Error(added.message);
    await updateContact(
      null,
      form({ contactId: added.data.id, version: 1, name: 'Hector Ruiz', email: 'h.ruiz@example.org' }),
    );
    await createContact(null, form({ partnerId: other.id, name: 'Not This One' }));

    const before = await partnerHistory(t.db, staff, id);
    expect(before[0]!.changes).toEqual([
      { field: 'email', label: 'Email', before: 'hector@example.org', after: 'h.ruiz@example.org' },
    ]);
    // A viewer reads the same history without the contact's private details.
    const seenByViewer = await partnerHistory(t.db, viewer, id);
    expect(seenByViewer).toHaveLength(4);
    expect(JSON.stringify(seenByViewer)).not.toMatch(/hector@example\.org|h\.ruiz@example\.org/);

    await deleteContact(null, form({ contactId: added.data.id, version: 2 }));
    const history = await partnerHistory(t.db, staff, id);
    expect(history.map((e) => [e.what, e.contactName, e.erased, e.actorName])).toEqual([
      ['Removed contact', null, true, staff.name],
      ['Updated contact', null, true, staff.name],
      ['Added contact', null, true, staff.name],
      ['Updated partner', null, false, staff.name],
      ['Added partner', null, false, staff.name],
    ]);
    expect(history[3]!.changes).toEqual([
      { field: 'agesServed', label: 'Ages served', before: '', after: 'Teens (12–18)' },
      { field: 'stage', label: 'Stage', before: 'Identified', after: 'Connected' },
    ]);
    // Once removed, nothing of the person is left to read, for anyone.
    expect(history[1]!.changes).toEqual([]);
    expect(JSON.stringify(history)).not.toMatch(/Hector|Ruiz|hector/);
  });

  it('shows nothing of a partner of another organization', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    signInAs(b.staff);
    const id = await addThroughForm({ name: 'B Partner', category: 'institution' });
    expect(await partnerHistory(t.db, a.admin, id)).toEqual([]);
    expect(
      await t.db
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.orgId, b.org.id), eq(auditEntries.entityId, id))),
    ).toHaveLength(1);
  });
});

describe('a person’s history, read by a viewer', () => {
  it('leaves out how to reach them and where they are', async () => {
    const { staff, viewer } = await createOrganizationWithMembers(t.db);
    signInAs(staff);
    const person = { name: 'Halima Yusuf', category: 'individual', locationPrecision: 'approximate' };
    const id = await addThroughForm({ ...person, phone: '425-555-0110' });
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          ...person,
          id,
          version: 1,
          phone: '425-555-0111',
          address: '20012 48th Ave W',
          latitude: '47.816412',
          longitude: '-122.299371',
          stage: 'connected',
        }),
      ),
    );
    const staffSees = (await partnerHistory(t.db, staff, id))[0]!.changes.map((c) => c.field);
    expect(staffSees).toEqual(['address', 'latitude', 'longitude', 'phone', 'stage']);
    const viewerSees = await partnerHistory(t.db, viewer, id);
    expect(viewerSees[0]!.changes.map((c) => c.field)).toEqual(['stage']);
    expect(JSON.stringify(viewerSees)).not.toMatch(/425-555-011|48th Ave|47\.816/);
  });
});
