import { and, eq, ilike, or, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  contacts,
  geocodeCache,
  importJobs,
  interactions,
  interviews,
  partners,
  referrals,
} from '@/db/schema';
import { forgetPartner } from '@/lib/forget/actions';
import { withdrawConsent } from '@/lib/interviews/consent-actions';
import { createPartner } from '@/lib/partners/actions';
import { deleteContact } from '@/lib/partners/contact-actions';
import { form, createContact as makeContact, signInAs } from '../factories';
import {
  createPrivacyOrganization,
  forgotten,
  type PrivacyOrganization,
  referred,
  removedContact,
  suggester,
} from '../factories/privacy';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import {
  everythingReadBy,
  expectAbsent,
  NewPartnerPage,
  PartnerPage,
  page,
} from '../support/read-everything';

// PRODUCT.md's "Forgetting" promise, and the consent that goes with a person's words: a removed or
// forgotten person leaves no trace of their details anywhere, audit and archives included; a
// partner made from a referral carries only what was agreed; consent withdrawn removes what it
// covered. Decision 0014.

const t = useTestDatabase();
afterEach(() => signInAs(null));

let org: PrivacyOrganization;
const roles = ['viewer', 'staff', 'manager', 'admin'] as const;

beforeAll(async () => {
  org = await createPrivacyOrganization(t.db, 'Alder Library');
}, 120_000);

describe('Forgetting', () => {
  it('Forgetting: a removed contact leaves no trace of their details anywhere, audit and archives included', async () => {
    const traces = Object.values(removedContact);
    for (const role of roles) expectAbsent(await everythingReadBy(org[role], org), traces, `a ${role}`);
  });

  it('Forgetting: a forgotten person leaves no trace of their details anywhere, audit and archives included; counts stay', async () => {
    const partnersBefore = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.orgId, org.org.id));
    signInAs(org.staff);
    expect(await forgetPartner(null, form({ id: org.partners.farida }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only managers and admins'),
    });
    signInAs(org.manager);
    await expectRedirect(() => forgetPartner(null, form({ id: org.partners.farida })));

    const traces = [
      forgotten.name,
      forgotten.street,
      forgotten.email,
      forgotten.phone,
      forgotten.answer,
      forgotten.note,
      'Farida',
    ];
    for (const role of roles) {
      const text = await everythingReadBy(org[role], org);
      expectAbsent(text, traces, `a ${role}`);
    }
    // Nowhere in the database either: not in an answer, a note, a referral, an import file, a
    // geocoder answer or the audit log.
    const anywhere = (column: Parameters<typeof ilike>[0]) => ilike(column, '%farida%');
    const leftovers = await Promise.all([
      t.db
        .select({ id: partners.id })
        .from(partners)
        .where(or(anywhere(partners.name), anywhere(partners.address))),
      t.db.select({ id: contacts.id }).from(contacts).where(anywhere(contacts.name)),
      t.db
        .select({ id: interviews.id })
        .from(interviews)
        .where(
          or(
            anywhere(sql`${interviews.answers}::text`),
            anywhere(sql`${interviews.takeaways}::text`),
            anywhere(interviews.intervieweeName),
          ),
        ),
      t.db
        .select({ id: referrals.id })
        .from(referrals)
        .where(or(anywhere(referrals.name), anywhere(referrals.howToReach))),
      t.db.select({ id: interactions.id }).from(interactions).where(anywhere(interactions.note)),
      t.db
        .select({ id: importJobs.id })
        .from(importJobs)
        .where(anywhere(sql`${importJobs.table}::text`)),
      t.db
        .select({ id: geocodeCache.id })
        .from(geocodeCache)
        .where(or(anywhere(geocodeCache.query), anywhere(sql`${geocodeCache.results}::text`))),
      t.db
        .select({ id: auditEntries.id })
        .from(auditEntries)
        .where(or(anywhere(sql`${auditEntries.before}::text`), anywhere(sql`${auditEntries.after}::text`))),
    ]);
    expect(leftovers.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);

    // Counts stay: the partner is still there (archived, nameless), the other answer of the
    // interview that mentioned her too, and the log says a person was removed.
    const partnersAfter = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.orgId, org.org.id));
    expect(partnersAfter.length).toBe(partnersBefore.length);
    const [mentioning] = await t.db
      .select()
      .from(interviews)
      .where(eq(interviews.id, org.interviews.mentioning));
    expect(mentioning!.answers).toEqual({ 'about-why': 'We run a pantry on Fridays' });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, org.org.id), eq(auditEntries.action, 'partner.forget')));
    expect(entry).toMatchObject({ actorUserId: org.manager.userId, entityId: org.partners.farida });
    signInAs(org.manager);
    expect(await page(PartnerPage, { partnerId: org.partners.farida })).toContain('asked to be forgotten');
  });

  it('Forgetting: a contact forgotten everywhere is gone from answers and notes that named them', async () => {
    const name = 'Zelda Mentioned';
    const contact = await makeContact(t.db, org.org.id, org.partners.shelter, {
      name,
      email: 'zelda@example.org',
    });
    await t.db
      .update(interviews)
      .set({ answers: { 'about-role': `${name} runs intake`, 'about-why': 'Housing first' } })
      .where(eq(interviews.id, org.interviews.mentioning));
    signInAs(org.staff);
    expect(
      await deleteContact(null, form({ contactId: contact.id, version: 1, forget: 'on' })),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only managers and admins'),
    });
    signInAs(org.manager);
    expect(
      await deleteContact(null, form({ contactId: contact.id, version: 1, forget: 'on' })),
    ).toMatchObject({
      ok: true,
    });
    const [mentioning] = await t.db
      .select()
      .from(interviews)
      .where(eq(interviews.id, org.interviews.mentioning));
    expect(mentioning!.answers).toEqual({ 'about-why': 'Housing first' });
    const text = await everythingReadBy(org.admin, org);
    expectAbsent(text, [name, 'zelda@example.org'], 'an admin');
  });
});

describe('A partner made from a referral', () => {
  it('carries only what was agreed: how to reach them goes to a private contact, never to what viewers read', async () => {
    signInAs(org.staff);
    const newPage = await page(NewPartnerPage, {}, { referral: org.referralId });
    // Nothing of how to reach them is put into the form's public fields.
    expect(newPage).not.toContain(referred.email);
    expect(newPage).toContain(referred.reason);
    const to = await expectRedirect(() =>
      createPartner(
        null,
        form({
          name: referred.name,
          category: 'individual',
          locationPrecision: 'approximate',
          referralId: org.referralId,
          foundVia: 'referral',
        }),
      ),
    );
    const partnerId = to.match(/\/partners\/([0-9a-f-]+)/)![1]!;
    const [contact] = await t.db.select().from(contacts).where(eq(contacts.partnerId, partnerId));
    expect(contact).toMatchObject({
      name: referred.name,
      email: referred.email,
      phone: referred.phone,
      shareWithViewers: false,
    });
    expect(await page(PartnerPage, { partnerId })).toContain(referred.email);
    signInAs(org.viewer);
    const seen = await page(PartnerPage, { partnerId });
    expect(seen).toContain(referred.name);
    expect(seen).not.toContain(referred.email);
    expect(seen).not.toContain(referred.phone);
    expect(seen).not.toContain(suggester);
  });
});

describe('Withdrawing consent after an interview', () => {
  it('removes the answers it covered, and can only take back, never add', async () => {
    signInAs(org.staff);
    const [before] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    await t.db
      .update(interviews)
      .set({ answers: { 'about-role': 'I coach chess' } })
      .where(eq(interviews.id, org.interviews.suggesting));
    const refused = await withdrawConsent(
      null,
      form({
        id: before!.id,
        version: before!.version,
        consentNotes: 'on',
        consentName: 'on',
        consentQuote: 'on',
      }),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('only be withdrawn') });
    const done = await withdrawConsent(
      null,
      form({ id: before!.id, version: before!.version, consentName: 'on' }),
    );
    expect(done).toMatchObject({ ok: true, data: { withdrawn: ['consentNotes'], answersRemoved: 1 } });
    const [after] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    expect(after).toMatchObject({ consentNotes: false, consentName: true, answers: {} });
    // Someone who is not one of its interviewers cannot.
    signInAs(org.viewer);
    expect(await withdrawConsent(null, form({ id: before!.id, version: after!.version }))).toMatchObject({
      ok: false,
    });
  });
});
