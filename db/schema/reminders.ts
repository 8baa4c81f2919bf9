import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { memberships } from './users';

/**
 * A member's reminders (lib/reminders, decision 0022): the private calendar feed of their follow-ups.
 * One row per membership, made when the member first turns something on.
 */
export const memberReminders = pgTable('member_reminders', {
  membershipId: uuid()
    .primaryKey()
    .references(() => memberships.id, { onDelete: 'cascade' }),
  orgId: uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  // SHA-256 of the feed address's secret, never the secret itself: a copy of the database opens no
  // one's calendar. Null when the member has no feed; a reset replaces it, so the old address ends.
  calendarTokenHash: text().unique(),
  calendarCreatedAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type MemberReminders = typeof memberReminders.$inferSelect;
