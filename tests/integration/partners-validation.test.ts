import { count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, contacts, partners } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import { createContact } from '@/lib/partners/contact-actions';
import { listOwnerOptions } from '@/lib/partners/queries';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  form,
  createPartner as makePartner,
  signInAs,
  type TestMember,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// Every rule of the partner and contact forms, through the actions the forms call: each refusal
// names the field it belongs beside, and nothing is written.

const t = useTestDatabase();

let staff: TestMember;
let orgId: string;
let other: Awaited<ReturnType<typeof createOrganizationWithMembers>>;

beforeAll(async () => {
  const a = await createOrganizationWithMembers(t.db);
  other = await createOrganizationWithMembers(t.db);
  staff = a.staff;
  orgId = a.org.id;
});

afterEach(() => signInAs(null));

const valid = { name: 'Sky Valley Food Bank', category: 'institution' };

async function written() {
  const [p] = await t.db.select({ value: count() }).from(partners).where(eq(partners.orgId, orgId));
  const [c] = await t.db.select({ value: count() }).from(contacts).where(eq(contacts.orgId, orgId));
  const [a] = await t.db.select({ value: count() }).from(auditEntries).where(eq(auditEntries.orgId, orgId));
  return { partners: p?.value, contacts: c?.value, audit: a?.value };
}

/** Sends the form with these values changed, expects a refusal, and returns the field errors. */
async function refused(values: Record<string, string | string[]>) {
  signInAs(staff);
  const before = await written();
  const result: ActionResult = await createPartner(null, form({ ...valid, ...values }));
  expect(result.ok, JSON.stringify(values)).toBe(false);
  expect(await written()).toEqual(before);
  return result.ok ? {} : (result.fieldErrors ?? {});
}

async function saved(values: Record<string, string | string[]>) {
  signInAs(staff);
  const to = await expectRedirect(() => createPartner(null, form({ ...valid, ...values })));
  const id = to.split('/')[2]!.split('?')[0]!;
  const [row] = await t.db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

describe('the partner form', () => {
  it('needs a name and one of the categories', async () => {
    expect(await refused({ name: '   ' })).toMatchObject({ name: ['Enter the partner’s name.'] });
    expect(await refused({ name: 'x'.repeat(201) })).toMatchObject({ name: ['Use at most 200 characters.'] });
    expect(await refused({ category: '' })).toMatchObject({
      category: ['Choose what kind of partner this is.'],
    });
    expect(await refused({ category: 'church' })).toMatchObject({
      category: ['Choose what kind of partner this is.'],
    });
  });

  it('takes sectors and ages only from their lists, each once', async () => {
    expect(await refused({ sectors: ['food', 'crypto'] })).toMatchObject({
      sectors: ['Choose sectors from the list.'],
    });
    expect(await refused({ agesServed: ['teens', 'toddlers'] })).toMatchObject({
      agesServed: ['Choose ages from the list.'],
    });
    const row = await saved({ sectors: ['food', 'food', 'faith'], agesServed: 'teens' });
    expect(row).toMatchObject({ sectors: ['food', 'faith'], agesServed: ['teens'] });
  });

  it('keeps priority communities trimmed and unique, at most 20 of at most 60 characters', async () => {
    const row = await saved({
      priorityCommunities: ['  Somali   families ', 'somali families', '', 'Elders'],
    });
    expect(row.priorityCommunities).toEqual(['Somali families', 'Elders']);
    const tooMany = Array.from({ length: 21 }, (_, i) => `Community ${i}`);
    expect(await refused({ priorityCommunities: tooMany })).toMatchObject({
      priorityCommunities: ['Use at most 20 priority communities (there are 21).'],
    });
    expect(await refused({ priorityCommunities: ['x'.repeat(61)] })).toMatchObject({
      priorityCommunities: [expect.stringContaining('60 characters')],
    });
  });

  it('checks the email, website and phone, and adds https:// to a bare website', async () => {
    expect(await refused({ email: 'info@' })).toMatchObject({
      email: [expect.stringContaining('email address')],
    });
    for (const website of ['javascript:alert(1)', 'not a website', 'ftp://files.example.org', 'localhost']) {
      expect(await refused({ website })).toMatchObject({ website: [expect.stringContaining('web address')] });
    }
    for (const phone of ['call me', '555-12', '425-555-0101; drop table']) {
      expect(await refused({ phone })).toMatchObject({ phone: [expect.stringContaining('phone number')] });
    }
    const row = await saved({
      website: 'www.example.org/teens',
      phone: '+1 (425) 555-0101 ext. 4',
      email: 'A@B.ORG',
    });
    expect(row).toMatchObject({
      website: 'https://www.example.org/teens',
      phone: '+1 (425) 555-0101 ext. 4',
      email: 'a@b.org',
    });
    expect((await saved({ website: 'http://old.example.org' })).website).toBe('http://old.example.org');
  });

  it('needs both coordinates or neither, in range', async () => {
    expect(await refused({ latitude: '47.9' })).toMatchObject({
      longitude: [expect.stringContaining('longitude too')],
    });
    expect(await refused({ longitude: '-122.2' })).toMatchObject({
      latitude: [expect.stringContaining('latitude too')],
    });
    expect(await refused({ latitude: '91', longitude: '0' })).toMatchObject({
      latitude: [expect.stringContaining('between -90 and 90')],
    });
    expect(await refused({ latitude: '0', longitude: '-181' })).toMatchObject({
      longitude: [expect.stringContaining('between -180 and 180')],
    });
    expect(await refused({ latitude: 'north', longitude: '0' })).toMatchObject({
      latitude: [expect.stringContaining('as a number')],
    });
  });

  it('takes a precision from its list, and never pins a person exactly', async () => {
    expect(await refused({ locationPrecision: 'fuzzy' })).toMatchObject({
      locationPrecision: [expect.any(String)],
    });
    expect(await refused({ category: 'individual', locationPrecision: 'exact' })).toMatchObject({
      locationPrecision: ['A person is never pinned exactly: choose approximate or hidden.'],
    });
    const person = await saved({
      category: 'individual',
      locationPrecision: 'approximate',
      latitude: '47.9',
      longitude: '-122.2',
    });
    expect(person.locationPrecision).toBe('approximate');
  });

  it('needs a reason when the stage is ended, and a real follow-up date', async () => {
    expect(await refused({ stage: 'ended' })).toMatchObject({
      endedReason: ['Say briefly why the relationship ended.'],
    });
    expect(await refused({ stage: 'finished' })).toMatchObject({ stage: [expect.any(String)] });
    for (const nextFollowUpOn of ['2026-02-30', 'tomorrow', '14/05/2026', '1999-12-31']) {
      expect(await refused({ nextFollowUpOn })).toMatchObject({
        nextFollowUpOn: ['Enter a real date, like 2026-05-14.'],
      });
    }
    expect(await refused({ depth: 'deep', formality: 'handshake', foundVia: 'luck' })).toMatchObject({
      depth: [expect.any(String)],
      formality: [expect.any(String)],
      foundVia: [expect.any(String)],
    });
  });

  it('takes a branch and a liaison only from the caller’s own organization', async () => {
    const theirBranch = await createBranch(t.db, other.org.id);
    const gone = await createMember(t.db, orgId, { active: false });
    expect(
      await refused({ primaryBranchId: theirBranch.id, ownerMembershipId: other.staff.membershipId }),
    ).toEqual({
      primaryBranchId: ['Choose one of your library’s branches, or none.'],
      ownerMembershipId: [
        'Choose an active member of your library’s staff (not a viewer, who only reads), or no one.',
      ],
    });
    expect(
      await refused({ primaryBranchId: 'not-a-uuid', ownerMembershipId: gone.membershipId }),
    ).toMatchObject({
      primaryBranchId: [expect.any(String)],
      ownerMembershipId: [expect.any(String)],
    });
  });

  it('never makes a viewer the liaison: viewers only read', async () => {
    const viewer = await createMember(t.db, orgId, { role: 'viewer' });
    expect(await refused({ ownerMembershipId: viewer.membershipId })).toEqual({
      ownerMembershipId: [expect.stringContaining('not a viewer')],
    });
    const options = await listOwnerOptions(t.db, { orgId });
    expect(options.map((o) => o.value)).not.toContain(viewer.membershipId);
    expect(options.map((o) => o.value)).toContain(staff.membershipId);
  });

  it('reports every problem at once, each beside its field', async () => {
    const errors = await refused({
      name: '',
      category: 'individual',
      locationPrecision: 'exact',
      email: 'nope',
      stage: 'ended',
      latitude: '47',
    });
    expect(Object.keys(errors).sort()).toEqual([
      'email',
      'endedReason',
      'locationPrecision',
      'longitude',
      'name',
    ]);
  });

  it('applies the same rules to an edit, leaving the partner as it was', async () => {
    signInAs(staff);
    const partner = await makePartner(t.db, orgId, { name: 'Unchanged' });
    const result = await updatePartner(
      null,
      form({ id: partner.id, version: 1, name: 'Renamed', category: 'institution', email: 'x@' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    const [row] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(row).toMatchObject({ name: 'Unchanged', version: 1 });
  });
});

describe('the contact form', () => {
  it('needs a name and checks the email and phone, writing nothing', async () => {
    signInAs(staff);
    const partner = await makePartner(t.db, orgId);
    const before = await written();
    const result = await createContact(
      null,
      form({
        partnerId: partner.id,
        name: ' ',
        email: 'someone@',
        phone: 'ring ring',
        notes: 'x'.repeat(2001),
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'notes', 'phone']);
    expect(await written()).toEqual(before);
  });
});
