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

const day = 86_400_000;
const dayString = (date: Date) => date.toISOString().slice(0, 10);

/** What community leaders told the demo library, a few lines per question, in rotation. */
const answerPool: Record<string, string[]> = {
  'about-role': [
    'I coordinate volunteers and keep the doors open on weekday afternoons.',
    'I have directed this program for six years; before that I was one of its parents.',
    'I run the front desk and most of the outreach, which mostly means knowing everyone.',
  ],
  'about-why': [
    'Someone did it for my family when we arrived here; I am paying it forward.',
    'I saw how isolated people were after the plant closed.',
    'My kids grew up in this program and I never left.',
  ],
  'community-who': [
    'Mostly families in the apartments along Highway 99, many speaking Spanish or Ukrainian.',
    'Older adults living alone, and the neighbours who check on them.',
    'Teens from three middle schools who have nowhere to go after 3 p.m.',
  ],
  'community-values': [
    'Being treated with respect, and being asked rather than told.',
    'Their kids doing better than they did.',
    'Knowing each other: people come for the coffee as much as the help.',
  ],
  'community-strengths': [
    'The churches, the soccer league and a couple of aunties who know everything.',
    'A strong mutual-aid group and the food bank’s volunteers.',
    'The community garden and the Saturday market.',
  ],
  hopes: [
    'A safe place for teens in the evenings, and jobs they can walk to.',
    'That older people can stay in their homes and stay connected.',
    'Childcare that people can afford, near where they live.',
  ],
  obstacles: [
    'Transportation, mostly. And forms only in English.',
    'Funding that lasts more than a year.',
    'Time: everyone works two jobs.',
  ],
  'hard-to-reach': [
    'Fathers, and anyone working nights.',
    'People who do not trust anything that looks official.',
    'Teens who have dropped out of school.',
  ],
  'trusted-sources': [
    'WhatsApp groups, the pastor, and the school’s family liaison.',
    'Word of mouth at the market and the local radio show.',
    'Facebook groups and flyers at the laundromat.',
  ],
  'library-known': [
    'Story time and computers. I did not know about the hotspots.',
    'Books, and that it is quiet. Not much else.',
    'My kids use it for homework help.',
  ],
  'library-helped': [
    'A librarian helped a parent fill in an unemployment claim: that story travelled.',
    'Fines kept some families away for years, until they were dropped.',
    'The summer meals at the branch were a lifeline.',
  ],
  'library-differently': [
    'Come to us: a table at our Friday dinner would reach more people than a flyer.',
    'Hours after 6 p.m., and staff who speak Spanish.',
    'Ask teens what they want and let them run it.',
  ],
  'working-on': [
    'A homework club that needs space two evenings a week.',
    'A resource fair in the spring.',
    'A digital skills class for older adults.',
  ],
  'worth-their-time': [
    'Something concrete within a month; then a standing check-in.',
    'A single contact person who answers email.',
    'Sharing the work, not just asking us to hand out flyers.',
  ],
  'stay-in-touch': [
    'Text me; email gets lost.',
    'Our monthly coalition meeting.',
    'Drop by on Tuesday mornings.',
  ],
  'next-steps': [
    'Library staff to visit the homework club next month.',
    'Share the fair’s flyer in Spanish and Ukrainian.',
    'Plan one joint program for the summer.',
  ],
};
const familiarity = [2, 3, 1, 4, 2, 3];

const takeawayPool = [
  'Evening hours matter more than new programs',
  'Transportation is the main barrier for families',
  'Teens want a say in what is offered',
  'Trust runs through a few people: start with them',
  'Materials in Spanish and Ukrainian would open doors',
  'Older adults need help with phones and online forms',
  'Childcare keeps parents from attending anything',
  'A table at their events beats a flyer at ours',
];
const themePool = [
  'transportation',
  'childcare',
  'teen space',
  'language access',
  'digital skills',
  'food security',
  'trust',
];

const referralPool = [
  {
    name: 'Luis Ortega',
    organizationName: 'Northside Walking Group',
    reason: 'Walks with forty older adults every week',
  },
  { name: 'Mei Chen', organizationName: 'Chinese Parents Association', reason: 'Organizes weekend tutoring' },
  {
    name: 'Pastor Grace Mbeki',
    organizationName: 'New Hope Fellowship',
    reason: 'Runs a Friday community dinner',
  },
  {
    name: 'Oksana Melnyk',
    organizationName: '',
    reason: 'Informal leader among Ukrainian families in the apartments',
  },
  {
    name: 'Coach Dre Williams',
    organizationName: 'Eastside Boxing Club',
    reason: 'Teens trust him more than anyone',
  },
  {
    name: 'Fatima Noor',
    organizationName: 'Somali Women’s Circle',
    reason: 'Connects newly arrived mothers',
  },
];
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
