import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberReminders } from '@/db/schema';

export type ReminderPreferences = {
  /** When the member's current feed address was made; null when they have none. */
  calendarSince: Date | null;
};

/** The member's own reminder settings, as the account page shows them. */
export async function readReminderPreferences(
  db: Db,
  ctx: { orgId: string; membershipId: string },
): Promise<ReminderPreferences> {
  const [row] = await db
    .select({ hash: memberReminders.calendarTokenHash, since: memberReminders.calendarCreatedAt })
    .from(memberReminders)
    .where(and(eq(memberReminders.membershipId, ctx.membershipId), eq(memberReminders.orgId, ctx.orgId)));
  return { calendarSince: row?.hash ? (row.since ?? null) : null };
}
