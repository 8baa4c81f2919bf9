import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import {
  auditEntries,
  followUps,
  interactionParticipants,
  interactions,
  memberships,
  partners,
  stageChanges,
  users,
} from '../schema';
import type { InteractionKind, RelationshipStage } from '../schema/vocabulary';
import { demoAccounts, demoOrganization } from './demo-data';
import { demoPartners } from './demo-partners';

/**
 * A year of relationship history for the demo partners: contacts (more for partners the library
 * works closely with, a few going cold), stage histories that arrive at each partner's current
 * stage, and follow-ups for the demo staff (some overdue, some this week, some done). Random
 * choices come from a generator seeded by each partner's name, so every load tells the same story;
 * dates count back from the day of loading. Each partner's last contact is its latest contact.
 */

const day = 86_400_000;

/** mulberry32: small, fast and deterministic. */
function generator(seedText: string) {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof generator>;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** How many contacts a partner at each stage has had over the year (low, high). */
const contactsPerStage: Record<RelationshipStage, [number, number]> = {
  identified: [0, 0],
  reached_out: [1, 2],
  connected: [3, 6],
  collaborating: [7, 14],
  sustained: [12, 20],
  paused: [3, 5],
  ended: [2, 5],
};

const kindsPerStage: Record<RelationshipStage, InteractionKind[]> = {
  identified: ['email'],
  reached_out: ['email', 'call', 'email'],
  connected: ['meeting', 'call', 'email', 'event', 'meeting'],
  collaborating: ['meeting', 'joint_program', 'email', 'call', 'event', 'joint_program'],
  sustained: ['joint_program', 'meeting', 'email', 'event', 'call', 'joint_program'],
  paused: ['email', 'call', 'meeting'],
  ended: ['email', 'call', 'meeting'],
};

const notes: Record<InteractionKind, string[]> = {
  meeting: [
    'Met at their space to talk about what their members need this season.',
    'Planning meeting: agreed dates and who brings what.',
    'Coffee with the coordinator; they want to hear more about library cards for families.',
    'Walked through the program outline together and adjusted the timing.',
  ],
  call: [
    'Quick call to confirm the room booking.',
    'Phoned to check in; they are short of volunteers this month.',
    'Call about next steps after the last event.',
  ],
  email: [
    'Sent the flyer and the sign-up link.',
    'Emailed an introduction and a few dates to meet.',
    'Shared the summer reading calendar.',
    'Followed up on the materials they asked for.',
  ],
  event: [
    'Library table at their open house: signed up new card holders.',
    'Joined their community night with a storytime corner.',
    'Outreach table at their fair; good conversations with parents.',
  ],
  joint_program: [
    'Ran the joint workshop together; strong turnout.',
    'Co-hosted this month’s session at the branch.',
    'Joint program went well; they want to repeat it next quarter.',
  ],
  interview: ['Community conversation using the interview guide.'],
  other: ['Dropped off books for their lending shelf.'],
};

/** A path through the stages that ends where the partner is now. */
function stagePath(stage: RelationshipStage, random: Random): RelationshipStage[] {
  const path: RelationshipStage[] = ['identified', 'reached_out', 'connected', 'collaborating', 'sustained'];
  if (stage === 'paused' || stage === 'ended') {
    const peak = between(random, 1, 3);
    return [...path.slice(0, peak + 1), stage];
  }
  const end = path.indexOf(stage);
  // Some partners were added further along the path (met before they were recorded).
  const start = end > 1 && random() < 0.3 ? 1 : 0;
  return path.slice(start, end + 1);
}

const stageNotes: Partial<Record<RelationshipStage, string[]>> = {
  reached_out: ['Sent an introduction.', 'Left a message with the front desk.', ''],
  connected: ['First meeting went well.', 'Met at the community fair.', ''],
  collaborating: ['Agreed to run a program together.', 'Started planning a joint series.'],
  sustained: ['Now part of the yearly calendar on both sides.', 'Renewed for another year.'],
  paused: ['On hold while they reorganize.', 'Their coordinator left; pausing until someone new starts.'],
};

const followUpText: Record<RelationshipStage, string[]> = {
  identified: ['Find the right person to contact'],
  reached_out: ['Call to set up a first meeting', 'Send a second introduction email'],
  connected: ['Send a thank-you note', 'Share the program calendar', 'Invite them to the next open house'],
  collaborating: [
    'Confirm dates for the next joint session',
    'Send the sign-up numbers',
    'Book the meeting room',
  ],
  sustained: ['Plan next year together', 'Renew the agreement', 'Share the year’s results with them'],
  paused: ['Check in about restarting'],
  ended: ['Send a closing thank-you'],
};

function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function seedDemoRelationships(tx: Db, orgId: string, now = new Date()) {
  const members = await tx
    .select({ id: memberships.id, userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId));
  const byRole = (role: string) => {
    const email = demoAccounts.find((account) => account.role === role)?.email;
    return members.find((member) => member.email === email)!;
  };
  const workers = (['staff', 'manager', 'admin'] as const).map(byRole);
  const rows = await tx
    .select({ id: partners.id, name: partners.name, createdAt: partners.createdAt })
    .from(partners)
    .where(
      and(
        eq(partners.orgId, orgId),
        inArray(
          partners.name,
          demoPartners.map((p) => p.name),
        ),
      ),
    );
  // Today in the demo library's zone (db/ cannot use lib/dates; en-CA writes YYYY-MM-DD), so no
  // contact is logged on what is still tomorrow there.
  const localToday = new Intl.DateTimeFormat('en-CA', { timeZone: demoOrganization.timeZone }).format(now);
  const today = new Date(`${localToday}T00:00:00Z`).getTime();
  let contactCount = 0;

  for (const demo of demoPartners) {
    const partner = rows.find((row) => row.name === demo.name);
    if (!partner) continue;
    const random = generator(demo.name);
    const owner = demo.owner ? byRole(demo.owner) : workers[1]!;
    const ownerOrStaff = owner ?? workers[0]!;

    // Contacts: the latest `touched` days ago (or a plausible time for those without), the rest
    // spread over the year before it.
    const [low, high] = contactsPerStage[demo.stage];
    const count = between(random, low, high);
    const latest =
      demo.touched ?? (demo.stage === 'ended' ? between(random, 200, 300) : between(random, 8, 40));
    const days = count > 0 ? [latest] : [];
    for (let i = 1; i < count; i++) days.push(between(random, latest + 3, 365));
    days.sort((a, b) => a - b);
    // The partner was recorded before its first contact.
    const firstAgo = days.at(-1) ?? 0;
    let createdAt = partner.createdAt;
    if (createdAt.getTime() > today - (firstAgo + 5) * day) {
      createdAt = new Date(today - (firstAgo + between(random, 5, 30)) * day + 10 * 3_600_000);
      await tx.update(partners).set({ createdAt }).where(eq(partners.id, partner.id));
      await tx
        .update(auditEntries)
        .set({ createdAt })
        .where(and(eq(auditEntries.entityId, partner.id), eq(auditEntries.action, 'partner.create')));
    }

    // Stage history: the first stage when the partner was added; each move forward on the day of a
    // contact (the first one for "reached out"), and a pause or an end some days after the last.
    const path = stagePath(demo.stage, random);
    const start = createdAt.getTime();
    const oldestFirst = [...days].reverse();
    const offPath = demo.stage === 'paused' || demo.stage === 'ended';
    const forward = path.length - 1 - (offPath ? 1 : 0);
    const movedAt = (index: number) => {
      if (index === 0) return createdAt;
      if (oldestFirst.length === 0) return new Date(start + ((now.getTime() - start) * index) / path.length);
      if (offPath && index === path.length - 1) {
        return new Date(today - Math.max(1, days[0]! - between(random, 3, 20)) * day + 18 * 3_600_000);
      }
      const at =
        oldestFirst[
          Math.min(oldestFirst.length - 1, Math.floor(((index - 1) * oldestFirst.length) / forward))
        ]!;
      // A minute apart when two moves fall on one day, so the history keeps its order.
      return new Date(today - at * day + 18 * 3_600_000 + index * 60_000);
    };
    for (const [index, stage] of path.entries()) {
      const note =
        stage === 'ended'
          ? (demo.endedReason ?? '')
          : index === 0
            ? ''
            : pick(random, stageNotes[stage] ?? ['']);
      await tx.insert(stageChanges).values({
        orgId,
        partnerId: partner.id,
        fromStage: index === 0 ? null : path[index - 1]!,
        toStage: stage,
        note,
        changedByUserId: ownerOrStaff.userId,
        changedAt: movedAt(index),
      });
    }

    if (count > 0) {
      for (const ago of days) {
        const kind = pick(random, kindsPerStage[demo.stage]);
        const [interaction] = await tx
          .insert(interactions)
          .values({
            orgId,
            partnerId: partner.id,
            kind,
            occurredOn: dayString(new Date(today - ago * day)),
            note: pick(random, notes[kind]),
            createdByUserId: ownerOrStaff.userId,
            updatedByUserId: ownerOrStaff.userId,
            createdAt: new Date(today - ago * day + 17 * 3_600_000),
            updatedAt: new Date(today - ago * day + 17 * 3_600_000),
          })
          .returning({ id: interactions.id });
        const people = new Set([ownerOrStaff.id]);
        if (random() < 0.3) people.add(pick(random, workers).id);
        await tx
          .insert(interactionParticipants)
          .values(
            [...people].map((membershipId) => ({ orgId, interactionId: interaction!.id, membershipId })),
          );
        contactCount += 1;
      }
      await tx
        .update(partners)
        .set({ lastInteractionAt: new Date(today - days[0]! * day) })
        .where(eq(partners.id, partner.id));
    } else {
      await tx.update(partners).set({ lastInteractionAt: null }).where(eq(partners.id, partner.id));
    }

    // Follow-ups: the open one behind the partner's next follow-up date, and a few done.
    const texts = followUpText[demo.stage];
    if (demo.followUp !== undefined) {
      const dueOn = dayString(new Date(today + demo.followUp * day));
      await tx.insert(followUps).values({
        orgId,
        partnerId: partner.id,
        description: pick(random, texts),
        assigneeMembershipId: ownerOrStaff.id,
        dueOn,
        // A few were snoozed once already.
        originalDueOn: random() < 0.2 ? dayString(new Date(today + (demo.followUp - 7) * day)) : dueOn,
        createdByUserId: ownerOrStaff.userId,
        updatedByUserId: ownerOrStaff.userId,
      });
    }
    const done = demo.stage === 'identified' ? 0 : between(random, 0, count > 6 ? 3 : 1);
    for (let i = 0; i < done; i++) {
      const dueAgo = between(random, 3, 200);
      const doneAt = new Date(today - (dueAgo - between(random, -2, 2)) * day + 15 * 3_600_000);
      await tx.insert(followUps).values({
        orgId,
        partnerId: partner.id,
        description: pick(random, texts),
        assigneeMembershipId: ownerOrStaff.id,
        dueOn: dayString(new Date(today - dueAgo * day)),
        originalDueOn: dayString(new Date(today - dueAgo * day)),
        status: 'done',
        doneAt: doneAt.getTime() > now.getTime() ? now : doneAt,
        doneByUserId: ownerOrStaff.userId,
        createdByUserId: ownerOrStaff.userId,
        updatedByUserId: ownerOrStaff.userId,
      });
    }
  }
  return contactCount;
}
