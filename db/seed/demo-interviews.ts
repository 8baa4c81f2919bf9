import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { defaultGuideKey, ensureDefaultGuide } from '../catalogue/interview-guide';
import type { Db } from '../client';
import {
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewInterviewers,
  interviews,
  memberships,
  partners,
  referrals,
  users,
} from '../schema';
import type { InterviewMode, ReferralStatus } from '../schema/vocabulary';
import { demoAccounts } from './demo-data';
import interviewsData from './demo-interviews.json';

const day = 86_400_000;
const dayString = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What community leaders told the demo library, a few lines per question (by the built-in guide's
 * question ids), the takeaways, themes and people they suggested: prose, kept as data
 * (./demo-interviews.json) and used in rotation.
 */
const {
  answers: answerPool,
  takeaways: takeawayPool,
  themes: themePool,
  referrals: referralPool,
} = interviewsData as {
  answers: Record<string, string[]>;
  takeaways: string[];
  themes: string[];
  referrals: { name: string; organizationName: string; reason: string }[];
};
const familiarity = [2, 3, 1, 4, 2, 3];

const referralStatusesInTurn: ReferralStatus[] = [
  'open',
  'contacted',
  'open',
  'not_pursued',
  'open',
  'contacted',
];
const modes: InterviewMode[] = ['in_person', 'in_person', 'phone', 'video'];
const places = ['At their office', 'Community fair', 'By phone', 'Over video', 'At the branch'];

/**
 * A dozen completed interviews with the demo partners that are connected or further along, and a
 * few drafts, with referrals and follow-ups. Each completed interview is also an interaction with
 * its partner, as completing one in the app would make it.
 */
export async function seedDemoInterviews(tx: Db, orgId: string, now = new Date()) {
  await ensureDefaultGuide(tx, orgId);
  const [guide] = await tx
    .select({ versionId: interviewGuides.currentVersionId })
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, orgId), eq(interviewGuides.builtinKey, defaultGuideKey)));
  if (!guide?.versionId) throw new Error('The built-in guide is missing');
  const staff = await tx
    .select({ membershipId: memberships.id, userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        inArray(
          users.email,
          demoAccounts.filter((a) => a.role !== 'viewer').map((a) => a.email),
        ),
      ),
    )
    .orderBy(asc(users.email));
  const interviewerOf = (n: number) => staff[n % staff.length]!;
  const further = await tx
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(
      and(eq(partners.orgId, orgId), inArray(partners.stage, ['connected', 'collaborating', 'sustained'])),
    )
    .orderBy(asc(partners.name))
    .limit(12);
  const early = await tx
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.orgId, orgId), inArray(partners.stage, ['identified', 'reached_out'])))
    .orderBy(asc(partners.name))
    .limit(3);

  let referralTurn = 0;
  for (const [n, partner] of further.entries()) {
    const who = interviewerOf(n);
    const heldOn = dayString(new Date(now.getTime() - (20 + n * 25) * day));
    const answers: Record<string, string | number> = {
      'library-familiarity': familiarity[n % familiarity.length]!,
    };
    for (const [id, pool] of Object.entries(answerPool)) answers[id] = pool[(n + id.length) % pool.length]!;
    const notesKept = n % 5 !== 4;
    const [interview] = await tx
      .insert(interviews)
      .values({
        orgId,
        guideVersionId: guide.versionId,
        partnerId: partner.id,
        intervieweeName: [
          'Dana Whitfield',
          'Jorge Salas',
          'Amina Yusuf',
          'Pat Kim',
          'Irina Petrenko',
          'Marcus Hale',
        ][n % 6]!,
        intervieweeRole: ['Director', 'Volunteer lead', 'Coordinator', 'Pastor', 'Owner', 'Coach'][n % 6]!,
        heldOn,
        mode: modes[n % modes.length]!,
        place: places[n % places.length]!,
        status: 'complete',
        consentRecordedAt: new Date(`${heldOn}T17:00:00Z`),
        consentNotes: notesKept,
        consentQuote: n % 3 !== 0,
        consentName: n % 2 === 0,
        consentContact: true,
        answers: notesKept ? answers : {},
        takeaways: [takeawayPool[n % takeawayPool.length]!, takeawayPool[(n + 3) % takeawayPool.length]!],
        themes: [themePool[n % themePool.length]!, themePool[(n * 2 + 1) % themePool.length]!].filter(
          (theme, i, all) => all.indexOf(theme) === i,
        ),
        completedAt: new Date(`${heldOn}T19:00:00Z`),
        completedByUserId: who.userId,
        createdByUserId: who.userId,
        updatedByUserId: who.userId,
        createdAt: new Date(`${heldOn}T17:00:00Z`),
        updatedAt: new Date(`${heldOn}T19:00:00Z`),
      })
      .returning({ id: interviews.id });
    if (!interview) throw new Error('Insert returned no row');
    await tx
      .insert(interviewInterviewers)
      .values({ orgId, interviewId: interview.id, membershipId: who.membershipId });
    const [interaction] = await tx
      .insert(interactions)
      .values({
        orgId,
        partnerId: partner.id,
        kind: 'interview',
        occurredOn: heldOn,
        note: 'Community leader interview.',
        interviewId: interview.id,
        createdByUserId: who.userId,
        updatedByUserId: who.userId,
      })
      .returning({ id: interactions.id });
    await tx
      .insert(interactionParticipants)
      .values({ orgId, interactionId: interaction!.id, membershipId: who.membershipId });
    // A thank-you for every interview: done for the older ones.
    const thankYouDue = dayString(new Date(new Date(heldOn).getTime() + 3 * day));
    const recent = n < 2;
    await tx.insert(followUps).values({
      orgId,
      partnerId: partner.id,
      interviewId: interview.id,
      description: 'Send a thank-you note',
      assigneeMembershipId: who.membershipId,
      dueOn: thankYouDue,
      originalDueOn: thankYouDue,
      status: recent ? 'open' : 'done',
      doneAt: recent ? null : new Date(new Date(heldOn).getTime() + 2 * day),
      doneByUserId: recent ? null : who.userId,
      createdByUserId: who.userId,
      updatedByUserId: who.userId,
    });
    if (n % 2 === 0) {
      for (const k of [0, 1]) {
        const referral = referralPool[(referralTurn + k) % referralPool.length]!;
        await tx.insert(referrals).values({
          orgId,
          interviewId: interview.id,
          ...referral,
          howToReach: 'Ask at the front desk',
          maySayWhoSuggested: k === 0,
          status: referralStatusesInTurn[(referralTurn + k) % referralStatusesInTurn.length]!,
          createdByUserId: who.userId,
          createdAt: new Date(`${heldOn}T19:00:00Z`),
          updatedAt: new Date(`${heldOn}T19:00:00Z`),
        });
      }
      referralTurn += 2;
    }
    // The interview counts as contact with the partner.
    await tx
      .update(partners)
      .set({
        lastInteractionAt: sql`greatest(${partners.lastInteractionAt}, (${heldOn}::date)::timestamp at time zone 'UTC')`,
      })
      .where(eq(partners.id, partner.id));
  }

  // Drafts staff are still working on: consent recorded, a few answers typed, a referral noted.
  for (const [n, partner] of early.entries()) {
    const who = interviewerOf(n + 1);
    const heldOn = dayString(new Date(now.getTime() - (2 + n * 3) * day));
    const [draft] = await tx
      .insert(interviews)
      .values({
        orgId,
        guideVersionId: guide.versionId,
        partnerId: partner.id,
        intervieweeName: ['Rosa Delgado', 'Tom Becker', 'Hana Sato'][n]!,
        heldOn,
        mode: 'in_person',
        place: 'At their office',
        consentRecordedAt: new Date(`${heldOn}T16:00:00Z`),
        consentNotes: true,
        consentQuote: true,
        consentName: false,
        consentContact: true,
        answers: { 'about-role': answerPool['about-role']![n]!, 'about-why': answerPool['about-why']![n]! },
        pending: {
          followUps: [],
          referrals: [
            {
              key: `demo-${n}`,
              name: referralPool[(n + 3) % referralPool.length]!.name,
              organizationName: '',
              howToReach: '',
              reason: 'Mentioned twice',
              maySayWhoSuggested: false,
            },
          ],
        },
        createdByUserId: who.userId,
        updatedByUserId: who.userId,
      })
      .returning({ id: interviews.id });
    await tx
      .insert(interviewInterviewers)
      .values({ orgId, interviewId: draft!.id, membershipId: who.membershipId });
  }
  return { completed: further.length, drafts: early.length };
}
