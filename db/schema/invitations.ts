import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { branches } from './branches';
import { organizations } from './organizations';
import { memberRole, users } from './users';

/**
 * A link that lets one email address join one organization with a role (decision 0024): a new
 * person sets their name and password, an existing account signs in and accepts. Only the SHA-256
 * of the link's token is kept, so the table alone opens nothing. Used once; it expires, and an
 * admin can revoke it.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    // Hex SHA-256 of the 32 random bytes the link carries (base64url).
    tokenHash: text().notNull(),
    email: text().notNull(),
    // What the inviter typed: offered as the name on the invitation page to a person new here.
    name: text().notNull().default(''),
    role: memberRole().notNull(),
    homeBranchId: uuid().references(() => branches.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    // Null when the inviter's account is gone.
    invitedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invitations_token_hash_unique').on(t.tokenHash), index().on(t.orgId, t.email)],
);

export type Invitation = typeof invitations.$inferSelect;
