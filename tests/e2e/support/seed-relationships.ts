import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followUps, interactionParticipants, interactions, memberships, partners, users } from '@/db/schema';
import { northgate } from './accounts';
import { refreshLastInteractions } from './dashboard-seed';
import { northgatePartners as np } from './seed';

function dayFromToday(n: number): string {
  const date = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * Sasha Staff's follow-ups in Northgate: one overdue, one this week, one later (the dashboard's seed
 * adds one due in ten days, and gives its overdue one to the manager).
 */
export const northgateFollowUps = {
  overdue: 'Send the teen survey results',
  thisWeek: 'Book the meeting room for the school visit',
  later: 'Plan the spring book swap',
} as const;

/**
 * Contacts that make Northgate's partners warm (the teen centre), cooling (the school) and cold
 * (the book club), the rest without contact; and follow-ups for the staff account.
 */
export async function seedRelationshipTestData(tx: Db) {
  const [staff] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, northgate.accounts.staff.email));
  const contacts = [
    { partner: np.teen.id, ago: 3, note: 'Met the director about a teen survey.' },
    { partner: np.school.id, ago: 60, note: 'Call with the librarian about class visits.' },
    { partner: np.bookClub.id, ago: 120, note: 'Emailed the reading list.' },
  ];
  for (const contact of contacts) {
    const [row] = await tx
      .insert(interactions)
      .values({
        orgId: northgate.id,
        partnerId: contact.partner,
        kind: 'meeting',
        occurredOn: dayFromToday(-contact.ago),
        note: contact.note,
      })
      .returning({ id: interactions.id });
    await tx
      .insert(interactionParticipants)
      .values({ orgId: northgate.id, interactionId: row!.id, membershipId: staff!.id });
  }
  // The dashboard's seed wrote older contacts for some of these partners: the latest one counts.
  await refreshLastInteractions(tx, northgate.id);
  const open = (description: string, dueIn: number, partnerId: string) => ({
    orgId: northgate.id,
    partnerId,
    description,
    assigneeMembershipId: staff!.id,
    dueOn: dayFromToday(dueIn),
    originalDueOn: dayFromToday(dueIn),
  });
  await tx
    .insert(followUps)
    .values([
      open(northgateFollowUps.overdue, -2, np.teen.id),
      open(northgateFollowUps.thisWeek, 2, np.school.id),
      open(northgateFollowUps.later, 30, np.bookClub.id),
    ]);
  for (const [partnerId, dueIn] of [
    [np.teen.id, -2],
    [np.school.id, 2],
    [np.bookClub.id, 30],
  ] as const) {
    await tx
      .update(partners)
      .set({ nextFollowUpOn: dayFromToday(dueIn) })
      .where(eq(partners.id, partnerId));
  }
}
