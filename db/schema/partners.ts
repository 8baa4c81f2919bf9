import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { branches } from './branches';
import { importJobs } from './imports';
import { organizations } from './organizations';
import { memberships, users } from './users';
import {
  assetCategories,
  formalities,
  foundVia,
  locationPrecisions,
  relationshipDepths,
  relationshipStages,
} from './vocabulary';

export const assetCategory = pgEnum('asset_category', assetCategories);
export const relationshipStage = pgEnum('relationship_stage', relationshipStages);
export const relationshipDepth = pgEnum('relationship_depth', relationshipDepths);
export const formality = pgEnum('formality', formalities);
export const locationPrecision = pgEnum('location_precision', locationPrecisions);
export const foundViaKind = pgEnum('found_via', foundVia);

/** A community asset the library has, or wants, a relationship with. Archived, never deleted by staff. */
export const partners = pgTable(
  'partners',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    category: assetCategory().notNull(),
    // Keys from db/schema/vocabulary.ts.
    sectors: text().array().notNull().default(sql`'{}'::text[]`),
    agesServed: text().array().notNull().default(sql`'{}'::text[]`),
    // Free tags, e.g. "Spanish-speaking families".
    priorityCommunities: text().array().notNull().default(sql`'{}'::text[]`),
    description: text().notNull().default(''),
    strengths: text().notNull().default(''),
    interests: text().notNull().default(''),
    address: text().notNull().default(''),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    locationPrecision: locationPrecision().notNull().default('exact'),
    website: text().notNull().default(''),
    phone: text().notNull().default(''),
    email: text().notNull().default(''),
    primaryBranchId: uuid().references(() => branches.id, { onDelete: 'set null' }),
    // The staff liaison: a membership, so the owner is always someone of the same organization.
    ownerMembershipId: uuid().references(() => memberships.id, { onDelete: 'set null' }),
    stage: relationshipStage().notNull().default('identified'),
    endedReason: text().notNull().default(''),
    depth: relationshipDepth(),
    formality: formality(),
    nextFollowUpOn: date({ mode: 'string' }),
    foundVia: foundViaKind(),
    foundViaNote: text().notNull().default(''),
    lastInteractionAt: timestamp({ withTimezone: true }),
    archivedAt: timestamp({ withTimezone: true }),
    // Set when a person who was a partner asked to be forgotten: the row stays (counts keep it) with
    // nothing that described them (lib/forget/, decision 0014).
    forgottenAt: timestamp({ withTimezone: true }),
    // The spreadsheet import that created it, so that the import can be undone as a whole.
    importJobId: uuid().references(() => importJobs.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.name),
    index().on(t.orgId, t.stage),
    index().on(t.orgId, t.category),
    index().on(t.orgId, t.primaryBranchId),
    index().on(t.orgId, t.ownerMembershipId),
    index().on(t.orgId, t.lastInteractionAt),
    index().on(t.importJobId),
    index('partners_sectors_gin').using('gin', t.sectors),
    index('partners_ages_gin').using('gin', t.agesServed),
  ],
);

/** A person at a partner. Their details reach viewers only when `shareWithViewers` says so. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    role: text().notNull().default(''),
    email: text().notNull().default(''),
    phone: text().notNull().default(''),
    preferredLanguage: text().notNull().default(''),
    notes: text().notNull().default(''),
    shareWithViewers: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.partnerId)],
);

/** Geocoder answers, per organization (an address typed may be someone's home). */
export const geocodeCache = pgTable(
  'geocode_cache',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    query: text().notNull(),
    results: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('geocode_cache_unique').on(t.orgId, t.provider, t.query)],
);

export type Partner = typeof partners.$inferSelect;
export type NewPartner = typeof partners.$inferInsert;
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;

/**
 * A count of the changes to each organization's partners and branches, kept by triggers on both
 * tables (migration 0005): the map's cached data is good while it has not moved (lib/map/cache.ts).
 * Not the organization's own data, so it is neither exported nor restored.
 */
export const mapVersions = pgTable('map_versions', {
  orgId: uuid()
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  version: bigint({ mode: 'number' }).notNull().default(0),
});
