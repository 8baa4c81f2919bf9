import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { memberships, users } from './users';

/**
 * One row per signed-in browser. The session cookie carries its id, and every request checks the
 * row, so signing out (or ending a session from the account page) ends it on the server too, not
 * only in the browser that signed out. Decision 0015.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Null for a host admin's session that opens no organization, only the host console (decision 0023).
    membershipId: uuid().references(() => memberships.id, { onDelete: 'cascade' }),
    // users.sessionVersion when the session began: a password change or reset raises it and so
    // ends every session begun before.
    sessionVersion: integer().notNull(),
    // A few words about the browser ("Firefox on Windows"), from its User-Agent, so a person can tell
    // their sessions apart. Never the whole header, never the address it came from.
    browser: text().notNull(),
    // The identity provider's issuer when the session began with single sign-on (decision 0027); null
    // for a password. Switching into a system that turned passwords off needs its own issuer here.
    ssoIssuer: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/**
 * Failed sign-ins per client address (an IPv4 address or an IPv6 /64), whatever email they were
 * for: password spraying tries a few passwords on many addresses, which the per-email count never
 * sees. Rows are dropped once their window has passed.
 */
export const signInClientAttempts = pgTable('sign_in_client_attempts', {
  client: text().primaryKey(),
  failedCount: integer().notNull().default(0),
  lastFailedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/**
 * Sign-in attempts that did not succeed across the whole service, per second: the ceiling counts
 * the last sixty of them, a sliding minute. Rows older than an hour are dropped.
 */
export const signInFailureCounts = pgTable('sign_in_failure_counts', {
  second: timestamp({ withTimezone: true }).primaryKey(),
  failedCount: integer().notNull().default(0),
});

export type UserSession = typeof userSessions.$inferSelect;
