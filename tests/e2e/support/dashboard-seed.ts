import { and, eq, inArray, sql } from 'drizzle-orm';
import { defaultGuideKey, ensureDefaultGuide } from '@/db/catalogue/interview-guide';
import type { Db } from '@/db/client';
import {
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewInterviewers,
  interviews,
  memberships,
  stageChanges,
  users,
} from '@/db/schema';
import type { InteractionKind, RelationshipStage } from '@/db/schema/vocabulary';
import { northgate } from './accounts';

/** A date so many days before today (UTC), as YYYY-MM-DD: the dashboard counts from today. */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** What the dashboard test expects from this seed. */
export const dashboardSeed = {
  /** Completed interviews: the school's 200 days ago, the teen centre's 150 days ago. */
  interviewDaysAgo: [200, 150],
  themes: ['After-school space', 'Transport', 'Teen jobs'],
} as const;

/** Each partner's last interaction, as the app keeps it: the latest contact's day. */
export async function refreshLastInteractions(tx: Db, orgId: string) {
  await tx.execute(
    sql`update partners set last_interaction_at = latest.on_day
      from (select partner_id, (max(occurred_on))::timestamp at time zone 'UTC' as on_day
            from interactions where org_id = ${orgId} group by partner_id) latest
      where partners.id = latest.partner_id and partners.org_id = ${orgId}`,
  );
}

/**
 * A year of Northgate's relationships for the dashboard's browser test: stage history, interactions
 * (warm, cooling and cold partners), two completed interviews with themes, and follow-ups, one of
 * them overdue. Called from seedBrowserTestData, inside its transaction.
 */
export async function seedDashboardData(tx: Db, partnerIds: Record<string, string>) {
  const staffRows = await tx
    .select({ id: memberships.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, northgate.id),
        inArray(users.email, [northgate.accounts.staff.email, northgate.accounts.manager.email]),
      ),
    );
  const staff = staffRows.find((row) => row.email === northgate.accounts.staff.email)!.id;
  const manager = staffRows.find((row) => row.email === northgate.accounts.manager.email)!.id;
  const org = northgate.id;
  const at = (days: number) => new Date(`${daysAgo(days)}T15:00:00Z`);

  const moves: [string, RelationshipStage | null, RelationshipStage, number][] = [
    ['school', null, 'identified', 330],
    ['school', 'identified', 'connected', 300],
    ['school', 'connected', 'collaborating', 200],
    ['teen', null, 'identified', 320],
    ['teen', 'identified', 'connected', 150],
    ['bookClub', null, 'connected', 310],
    ['bookClub', 'connected', 'sustained', 250],
    ['market', null, 'connected', 120],
    ['garden', null, 'identified', 40],
  ];
  await tx.insert(stageChanges).values(
    moves.map(([key, fromStage, toStage, days]) => ({
      orgId: org,
      partnerId: partnerIds[key]!,
      fromStage,
      toStage,
      changedAt: at(days),
    })),
  );

  // With the relationship tests' contacts (seed-relationships.ts: the teen centre 3 days ago, the
  // school 60, the book club 120), the last contacts make the teen centre, the market and Rosa warm,
  // the school the one cooling partner and the book club the one cold partner.
  const touches: [string, InteractionKind, number, string[]][] = [
    ['school', 'meeting', 300, [staff]],
    ['school', 'joint_program', 200, [staff, manager]],
    ['school', 'call', 70, [staff]],
    ['teen', 'interview', 150, [staff]],
    ['bookClub', 'event', 130, [manager]],
    ['market', 'email', 40, [staff]],
    ['rosa', 'meeting', 10, [staff]],
  ];
  for (const [key, kind, days, people] of touches) {
    const [row] = await tx
      .insert(interactions)
      .values({ orgId: org, partnerId: partnerIds[key]!, kind, occurredOn: daysAgo(days) })
      .returning({ id: interactions.id });
    await tx
      .insert(interactionParticipants)
      .values(people.map((membershipId) => ({ orgId: org, interactionId: row!.id, membershipId })));
  }
  await refreshLastInteractions(tx, org);

  // The interviews are held with the built-in guide, as the app would start them.
  await ensureDefaultGuide(tx, org);
  const [guide] = await tx
    .select()
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, org), eq(interviewGuides.builtinKey, defaultGuideKey)));
  const version = { id: guide!.currentVersionId! };
  const held: [string, number, string[]][] = [
    ['school', dashboardSeed.interviewDaysAgo[0], ['After-school space', 'Transport']],
    ['teen', dashboardSeed.interviewDaysAgo[1], ['After-school space', 'Teen jobs']],
  ];
  for (const [key, days, themes] of held) {
    const [interview] = await tx
      .insert(interviews)
      .values({
        orgId: org,
        guideVersionId: version.id,
        partnerId: partnerIds[key]!,
        heldOn: daysAgo(days),
        status: 'complete',
        completedAt: at(days),
        consentRecordedAt: at(days),
        themes,
      })
      .returning();
    await tx
      .insert(interviewInterviewers)
      .values({ orgId: org, interviewId: interview!.id, membershipId: staff });
  }

  await tx.insert(followUps).values([
    {
      orgId: org,
      partnerId: partnerIds.teen!,
      assigneeMembershipId: manager,
      description: 'Share the summer reading flyer',
      dueOn: daysAgo(5),
      originalDueOn: daysAgo(5),
    },
    {
      orgId: org,
      partnerId: partnerIds.school!,
      assigneeMembershipId: staff,
      description: 'Plan the spring family night',
      dueOn: daysAgo(-10),
      originalDueOn: daysAgo(-10),
    },
  ]);
}
