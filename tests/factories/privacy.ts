import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  geocodeCache,
  importJobs,
  interviewGuides,
  interviewInterviewers,
  interviews,
  referrals,
} from '@/db/schema';
import { ensureDefaultGuide } from '@/lib/interviews/builtin';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import { createContact, deleteContact, updateContact } from '@/lib/partners/contact-actions';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { expectRedirect } from '../support/next';
import { makeInteraction } from './relationships';

// One library system holding every kind of private value PRODUCT.md promises to keep, each marked so
// that a leak can be found by searching what a role reads (tests/integration/privacy.test.ts).

/** Values below staff must never read. */
export const placeSecrets = {
  hiddenStreet: 'Hidden Haven Way',
  approximateStreet: 'Quietside Lane',
  homeStreet: 'Homeplace Court',
  homeTown: 'Brierfield',
  homePhone: '425-555-0110',
  homeEmail: 'halima@home.example',
};
/** What a viewer does read of the approximate place: its area. */
export const approximateArea = 'Everett, WA 98204';

export const unnamedInterviewee = 'Ulrike Unnamed';
export const answerText = 'ANSWER-ULRIKE the bus stops at nine';
export const draftInterviewee = 'Dora Drafted';
export const suggester = 'Samuel Suggester';
export const referred = {
  name: 'Rafael Referred',
  email: 'rafael@reach.example',
  phone: '206-555-0199',
  reason: 'Runs the chess club',
};
/** A contact removed by staff: nothing of them may stay anywhere, for anyone. */
export const removedContact = {
  name: 'Rhoda Removed',
  email: 'rhoda@removed.example',
  newEmail: 'rhoda.r@removed.example',
  phone: '360-555-0142',
  notes: 'RHODA-NOTE prefers mornings',
};
/** A person who asked to be forgotten: nothing of them may stay anywhere, for anyone. */
export const forgotten = {
  name: 'Farida Forgotten',
  street: 'Lostway Lane',
  address: '3 Lostway Lane, Brierfield, WA 98036',
  email: 'farida@gone.example',
  phone: '425-555-0177',
  answer: 'FARIDA-ANSWER I care for my mother',
  note: 'FARIDA-NOTE call her in the evening',
  mention: 'Farida Forgotten told us about the pantry',
};

type Members = Awaited<ReturnType<typeof createOrganizationWithMembers>>;

async function addPartner(values: Record<string, string>): Promise<string> {
  const to = await expectRedirect(() => createPartner(null, form(values)));
  return to.match(/\/partners\/([0-9a-f-]+)/)![1]!;
}

async function builtinVersion(db: Db, orgId: string): Promise<string> {
  await ensureDefaultGuide(db, orgId);
  const [guide] = await db
    .select()
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, orgId), isNotNull(interviewGuides.builtinKey)));
  return guide!.currentVersionId!;
}

async function interview(
  db: Db,
  members: Members,
  values: Partial<typeof interviews.$inferInsert>,
  interviewers: { membershipId: string }[],
) {
  const [row] = await db
    .insert(interviews)
    .values({
      orgId: members.org.id,
      guideVersionId: await builtinVersion(db, members.org.id),
      heldOn: '2026-11-10',
      consentRecordedAt: new Date('2026-11-10T17:00:00Z'),
      ...values,
    })
    .returning();
  await db.insert(interviewInterviewers).values(
    interviewers.map((m) => ({
      orgId: members.org.id,
      interviewId: row!.id,
      membershipId: m.membershipId,
    })),
  );
  return row!;
}

/**
 * The organization, made the way staff would make it (actions, so that the history and the audit
 * log hold what they would), except interviews, which are written straight in.
 */
export async function createPrivacyOrganization(db: Db, name: string) {
  const members = await createOrganizationWithMembers(db, name);
  const { staff, manager } = members;
  signInAs(staff);
  const place = { latitude: '47.97', longitude: '-122.2' };
  const shelter = await addPartner({
    name: 'Harbor Shelter',
    category: 'institution',
    locationPrecision: 'hidden',
    address: `411 ${placeSecrets.hiddenStreet}, Everett, WA 98201`,
    ...place,
  });
  await expectRedirect(() =>
    updatePartner(
      null,
      form({
        id: shelter,
        version: 1,
        name: 'Harbor Shelter',
        category: 'institution',
        locationPrecision: 'hidden',
        address: `415 ${placeSecrets.hiddenStreet}, Everett, WA 98201`,
        ...place,
      }),
    ),
  );
  const circle = await addPartner({
    name: 'Quiet Circle',
    category: 'association',
    locationPrecision: 'approximate',
    address: `88 ${placeSecrets.approximateStreet}, ${approximateArea}`,
    ...place,
  });
  await expectRedirect(() =>
    updatePartner(
      null,
      form({
        id: circle,
        version: 1,
        name: 'Quiet Circle',
        category: 'association',
        locationPrecision: 'approximate',
        address: `90 ${placeSecrets.approximateStreet}, ${approximateArea}`,
        ...place,
      }),
    ),
  );
  const person = await addPartner({
    name: 'Halima Yusuf',
    category: 'individual',
    locationPrecision: 'approximate',
    address: `20012 ${placeSecrets.homeStreet}, ${placeSecrets.homeTown}, WA 98036`,
    phone: placeSecrets.homePhone,
    email: placeSecrets.homeEmail,
    ...place,
  });

  // A contact staff added, changed and then removed.
  const added = await createContact(
    null,
    form({
      partnerId: circle,
      name: removedContact.name,
      email: removedContact.email,
      phone: removedContact.phone,
      notes: removedContact.notes,
    }),
  );
  if (!added.ok) throw new Error(added.message);
  await updateContact(
    null,
    form({
      contactId: added.data.id,
      version: 1,
      name: removedContact.name,
      email: removedContact.newEmail,
      phone: removedContact.phone,
      notes: removedContact.notes,
    }),
  );
  const removed = await deleteContact(null, form({ contactId: added.data.id, version: 2 }));
  if (!removed.ok) throw new Error(removed.message);

  // Interviews: one whose interviewee did not agree to be named, held by the manager alone; a draft
  // of the manager's; one whose referral may not say who suggested it.
  const unnamed = await interview(
    db,
    members,
    {
      partnerId: circle,
      intervieweeName: unnamedInterviewee,
      status: 'complete',
      completedAt: new Date('2026-11-10T18:00:00Z'),
      consentNotes: true,
      consentName: false,
      answers: { 'about-role': answerText },
      takeaways: ['Evening hours matter'],
    },
    [manager],
  );
  const draft = await interview(
    db,
    members,
    { partnerId: shelter, intervieweeName: draftInterviewee, consentName: true, consentNotes: true },
    [manager],
  );
  const suggesting = await interview(
    db,
    members,
    {
      intervieweeName: suggester,
      status: 'complete',
      completedAt: new Date('2026-11-11T18:00:00Z'),
      consentNotes: true,
      consentName: true,
    },
    [staff],
  );
  const [referral] = await db
    .insert(referrals)
    .values({
      orgId: members.org.id,
      interviewId: suggesting.id,
      name: referred.name,
      howToReach: `${referred.email} or ${referred.phone}`,
      reason: referred.reason,
      maySayWhoSuggested: false,
    })
    .returning();

  // A person who will ask to be forgotten, mentioned in other records too.
  const farida = await addPartner({
    name: forgotten.name,
    category: 'individual',
    locationPrecision: 'approximate',
    address: forgotten.address,
    email: forgotten.email,
    phone: forgotten.phone,
    ...place,
  });
  await interview(
    db,
    members,
    {
      partnerId: farida,
      intervieweeName: forgotten.name,
      status: 'complete',
      completedAt: new Date('2026-11-12T18:00:00Z'),
      consentNotes: true,
      consentName: true,
      answers: { 'about-role': forgotten.answer },
      takeaways: [`${forgotten.name} cares for family`],
    },
    [staff],
  );
  const mentioning = await interview(
    db,
    members,
    {
      partnerId: shelter,
      intervieweeName: 'Omar Open',
      status: 'complete',
      completedAt: new Date('2026-11-13T18:00:00Z'),
      consentNotes: true,
      consentName: true,
      answers: { 'about-role': forgotten.mention, 'about-why': 'We run a pantry on Fridays' },
    },
    [staff],
  );
  await db.insert(referrals).values({
    orgId: members.org.id,
    interviewId: mentioning.id,
    name: forgotten.name,
    howToReach: forgotten.email,
    maySayWhoSuggested: true,
  });
  await makeInteraction(db, members.org.id, farida, { occurredOn: '2026-11-05', note: forgotten.note });
  await db.insert(geocodeCache).values({
    orgId: members.org.id,
    provider: 'nominatim',
    query: forgotten.address.toLowerCase(),
    results: [{ label: forgotten.address, lat: 47.9, lng: -122.2 }],
  });
  await db.insert(importJobs).values({
    orgId: members.org.id,
    createdByUserId: manager.userId,
    fileName: 'people.csv',
    fileKind: 'csv',
    fileBytes: 80,
    status: 'review',
    table: {
      headers: ['Name', 'Email'],
      rows: [
        [forgotten.name, forgotten.email],
        ['Another Person', 'another@example.org'],
      ],
      rowNumbers: [2, 3],
      unit: 'row',
      notes: [],
    },
    totalRows: 2,
  });
  signInAs(null);
  return {
    ...members,
    partners: { shelter, circle, person, farida },
    interviews: {
      unnamed: unnamed.id,
      draft: draft.id,
      suggesting: suggesting.id,
      mentioning: mentioning.id,
    },
    referralId: referral!.id,
  };
}

export type PrivacyOrganization = Awaited<ReturnType<typeof createPrivacyOrganization>>;
