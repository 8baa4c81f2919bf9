import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { branches } from './branches';
import { organizations } from './organizations';

import { memberRoles } from './roles';

export { type MemberRole, memberRoles } from './roles';
export const memberRole = pgEnum('member_role', memberRoles);

/** A person who can sign in. Email is stored lower-cased and is unique across the service. */
export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  // Set when an admin hands out a one-time password: the person chooses their own on first sign-in.
  mustChangePassword: boolean().notNull().default(false),
  // Part of every session token: raising it (a password change or reset) ends every other session.
  sessionVersion: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A person's place in one organization: their role, home branch, and whether they may sign in. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole().notNull(),
    homeBranchId: uuid().references(() => branches.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
    deactivatedAt: timestamp({ withTimezone: true }),
    // Per membership, so one library never sees when a person signed in to another.
    lastSignInAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('memberships_org_user_unique').on(t.orgId, t.userId), index().on(t.userId)],
);

/**
 * Failed sign-ins per email address (whether or not an account exists, so the answer never
 * reveals which addresses are registered). Kept in the database so the limit holds across
 * restarts and across several app processes.
 */
export const signInAttempts = pgTable('sign_in_attempts', {
  email: text().primaryKey(),
  failedCount: integer().notNull().default(0),
  lastFailedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
