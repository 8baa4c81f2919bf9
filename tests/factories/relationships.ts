import type { Db } from '@/db/client';
import { followUps, interactionParticipants, interactions } from '@/db/schema';
import type { InteractionKind } from '@/db/schema/vocabulary';
import { refreshLastInteraction } from '@/lib/relationships/record';

/** A contact with a partner, written straight into the tables, keeping the partner's last contact. */
export async function makeInteraction(
  db: Db,
  orgId: string,
  partnerId: string,
  values: { occurredOn: string; kind?: InteractionKind; note?: string; participants?: string[] },
) {
  const [row] = await db
    .insert(interactions)
    .values({
      orgId,
      partnerId,
      kind: values.kind ?? 'meeting',
      occurredOn: values.occurredOn,
      note: values.note ?? '',
    })
    .returning();
  if (!row) throw new Error('no interaction');
  if (values.participants?.length) {
    await db
      .insert(interactionParticipants)
      .values(values.participants.map((membershipId) => ({ orgId, interactionId: row.id, membershipId })));
  }
  await refreshLastInteraction(db, orgId, partnerId);
  return row;
}

/** A follow-up, written straight into the table. */
export async function makeFollowUp(
  db: Db,
  orgId: string,
  values: {
    assigneeMembershipId: string;
    dueOn: string;
    partnerId?: string | null;
    description?: string;
    status?: 'open' | 'done';
  },
) {
  const [row] = await db
    .insert(followUps)
    .values({
      orgId,
      partnerId: values.partnerId ?? null,
      assigneeMembershipId: values.assigneeMembershipId,
      dueOn: values.dueOn,
      originalDueOn: values.dueOn,
      description: values.description ?? `Follow up ${values.dueOn}`,
      status: values.status ?? 'open',
      doneAt: values.status === 'done' ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('no follow-up');
  return row;
}

/** A calendar day `n` days from today (UTC), as YYYY-MM-DD. */
export function dayFromToday(n: number, now = new Date()): string {
  const date = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}
