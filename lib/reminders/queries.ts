import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberReminders } from '@/db/schema';
import type { DigestFrequency } from '@/db/schema/vocabulary';

export type ReminderPreferences = {
  /** When the member's current feed address was made; null when they have none. */
  calendarSince: Date | null;
  digestFrequency: DigestFrequency;
};

/** The member's own reminder settings, as the account page shows them. */
export async function readReminderPreferences(
  db: Db,
  ctx: { orgId: string; membershipId: string },
): Promise<ReminderPreferences> {
  const [row] = await db
    .select({
      hash: memberReminders.calendarTokenHash,
      since: memberReminders.calendarCreatedAt,
      frequency: memberReminders.digestFrequency,
    })
    .from(memberReminders)
    .where(and(eq(memberReminders.membershipId, ctx.membershipId), eq(memberReminders.orgId, ctx.orgId)));
  return {
    calendarSince: row?.hash ? (row.since ?? null) : null,
    // Without a row, the weekly digest (db/schema/reminders.ts).
    digestFrequency: row?.frequency ?? 'weekly',
  };
}

/** The unsubscribe page: whether the link names a member, and whether their digest is still on. */
export async function unsubscribeState(db: Db, membershipId: string | null) {
  if (!membershipId) return null;
  const [row] = await db
    .select({ frequency: memberReminders.digestFrequency })
    .from(memberReminders)
    .where(eq(memberReminders.membershipId, membershipId));
  return { off: row?.frequency === 'off' };
}
