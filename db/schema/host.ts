import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './users';

/**
 * The people who run the service for many library systems (decision 0023). Being a host admin is
 * not a membership: it opens the host console (/host) and nothing inside any organization.
 */
export const hostAdmins = pgTable('host_admins', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every host action (creating, suspending, reopening a library system, adding a host admin),
 * written in the same transaction as the action. Kept apart from audit_entries, which belong to
 * one organization each and which its admins read.
 */
export const hostAudit = pgTable(
  'host_audit',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Null when the command line did it (npm run host:add-admin), or once the person is gone.
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    orgId: uuid().references(() => organizations.id, { onDelete: 'set null' }),
    // Names as they were, so the log still reads once a system or person is renamed or removed.
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt)],
);

export type HostAuditEntry = typeof hostAudit.$inferSelect;
