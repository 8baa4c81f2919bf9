import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './users';
import { mailSecurities } from './vocabulary';

/**
 * An organization's own mail server, used instead of the deployment's (SMTP_URL) when present
 * (lib/mail, decision 0022). Holds a password, so it is neither exported nor shown back to anyone.
 */
export const mailSettings = pgTable('mail_settings', {
  orgId: uuid()
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  host: text().notNull(),
  port: integer().notNull(),
  // 'tls' from the first byte (usually 465), 'starttls' (upgrade when offered, usually 587), 'none'.
  security: text({ enum: mailSecurities }).notNull().default('starttls'),
  username: text().notNull().default(''),
  password: text().notNull().default(''),
  // The From of every message, e.g. "Partner Atlas <atlas@library.example>".
  fromAddress: text().notNull(),
  version: integer().notNull().default(1),
  updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type MailSettings = typeof mailSettings.$inferSelect;
