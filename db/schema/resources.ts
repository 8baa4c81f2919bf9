import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { memberships, users } from './users';

/**
 * A learning resource. Built-in ones (the webinar's catalogue, db/catalogue/resources.json) have
 * no organization and a `builtinKey`; an organization's own have its `orgId`.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().references(() => organizations.id, { onDelete: 'cascade' }),
    builtinKey: text(),
    title: text().notNull(),
    creator: text().notNull().default(''),
    year: smallint(),
    kind: text().notNull(),
    // Null when no address is known: shown without a link, never with an invented one.
    url: text(),
    summary: text().notNull().default(''),
    topics: text().array().notNull().default(sql`'{}'::text[]`),
    useWhen: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resources_builtin_unique').on(t.builtinKey), index().on(t.orgId)],
);

/** A built-in resource an organization chose not to show. */
export const resourceHides = pgTable(
  'resource_hides',
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    hiddenByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    hiddenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.resourceId] })],
);

/** A "Learn more" panel a person closed (per membership: each organization asks anew). */
export const learnMoreDismissals = pgTable(
  'learn_more_dismissals',
  {
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    panel: text().notNull(),
    dismissedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.panel] })],
);

export type Resource = typeof resources.$inferSelect;
export type NewResource = typeof resources.$inferInsert;
