import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { memberRole, memberships, users } from './users';

/** The kinds of identity provider an organization can sign in with (decision 0027). */
export const ssoKinds = ['entra', 'google', 'oidc'] as const;
export type SsoKind = (typeof ssoKinds)[number];

/** What happens to a person the provider vouches for who is not yet a member. */
export const ssoNewPeople = ['join', 'approve'] as const;
export type SsoNewPeople = (typeof ssoNewPeople)[number];

/**
 * An organization's single sign-on (decision 0027): at most one identity provider per organization.
 * The client secret is stored encrypted (lib/secrets.ts) and never read back to a page.
 */
export const ssoSettings = pgTable('sso_settings', {
  orgId: uuid()
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  kind: text({ enum: ssoKinds }).notNull(),
  // The OpenID Connect issuer, as its discovery document names it (for Entra ID, made from the tenant).
  issuer: text().notNull(),
  // For Entra ID, the tenant the admin typed (a GUID or a domain); null for the other kinds.
  tenant: text(),
  clientId: text().notNull(),
  // AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", base64url.
  clientSecretEncrypted: text().notNull(),
  // Lower-cased email domains whose people may sign in through it, e.g. {"cascadesound.org"}.
  allowedDomains: text().array().notNull(),
  defaultRole: memberRole().notNull().default('staff'),
  newPeople: text({ enum: ssoNewPeople }).notNull().default('join'),
  enabled: boolean().notNull().default(true),
  // Password sign-in off for this organization's members, except the break-glass admin's membership.
  passwordSignInOff: boolean().notNull().default(false),
  breakGlassMembershipId: uuid().references(() => memberships.id, { onDelete: 'set null' }),
  updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person's account at an identity provider, tied to their Partner Atlas account by the provider's
 * (issuer, subject): the subject never changes, so a changed email finds the same person.
 */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    // The verified email the provider gave last time (for the admin's eyes; the account keeps its own).
    email: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sso_identities_issuer_subject').on(t.issuer, t.subject), index().on(t.userId)],
);

/** A first-time person waiting for an admin's approval, when the organization holds new people for it. */
export const ssoRequests = pgTable(
  'sso_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    email: text().notNull(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sso_requests_org_subject').on(t.orgId, t.issuer, t.subject)],
);

export type SsoSettings = typeof ssoSettings.$inferSelect;
export type SsoRequest = typeof ssoRequests.$inferSelect;
