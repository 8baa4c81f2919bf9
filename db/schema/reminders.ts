import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { memberships } from './users';
import { digestDeliveryStatuses, digestFrequencies } from './vocabulary';

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
  // The e-mail digest: 'weekly' (Monday 8 am, the organization's time), 'daily' (8 am) or 'off'.
  // A member without a row gets the weekly one.
  digestFrequency: text({ enum: digestFrequencies }).notNull().default('weekly'),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One digest due to one member for one period (the local day of its 8 am), planned once and sent
 * once: the unique key makes planning idempotent across processes, and the lease (holder, until)
 * lets exactly one process send it, a crashed one's lease lapsing for the next (decision 0022).
 * Counts only, never the message's content.
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    frequency: text({ enum: digestFrequencies }).notNull(),
    // The organization's calendar day the digest is for.
    period: text().notNull(),
    status: text({ enum: digestDeliveryStatuses }).notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leaseHolder: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    lastError: text().notNull().default(''),
    counts: jsonb().$type<Record<string, number>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('digest_deliveries_member_period').on(t.membershipId, t.period),
    index().on(t.status, t.nextAttemptAt),
    index().on(t.orgId, t.createdAt),
  ],
);

export type DigestDelivery = typeof digestDeliveries.$inferSelect;
export type MemberReminders = typeof memberReminders.$inferSelect;
