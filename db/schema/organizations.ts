import {
  boolean,
  doublePrecision,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** A library system: the tenant. Every other row belongs to exactly one. */
export const organizations = pgTable('organizations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  // Where the map opens for this organization until someone pans it.
  mapCenterLat: doublePrecision().notNull().default(47.6),
  mapCenterLng: doublePrecision().notNull().default(-122.3),
  mapZoom: smallint().notNull().default(10),
  // Base map tiles; null means the deployment's default (TILE_URL, else OpenStreetMap).
  tileUrl: text(),
  tileAttribution: text(),
  // Which geocoder turns addresses into points: a key of geocoderKinds in ./vocabulary.ts.
  geocoder: text().notNull().default('nominatim'),
  // Relationship health: days since the last interaction, against this cadence (lib/relationships).
  healthCadenceDays: smallint().notNull().default(90),
  // Retention (lib/retention, decision 0017). Months that interview answers are kept after the
  // interview's date; null keeps them until someone removes them.
  interviewAnswersKeepMonths: smallint().default(36),
  // Days that the rows of an uploaded import file are kept after the upload, at most.
  importFilesKeepDays: smallint().notNull().default(30),
  // The library's time zone (an IANA name, lib/dates, decision 0019): every "today", default date,
  // "overdue", "days since", monthly bucket and displayed time follows it. Organizations from
  // before it existed start at UTC, unconfirmed, and Settings asks their admins to choose.
  timeZone: text().notNull().default('UTC'),
  // Whether an admin chose the zone (at setup or in Settings) rather than it being the default.
  timeZoneConfirmed: boolean().notNull().default(false),
  // Set by a host admin (decision 0023): nobody signs in, every session ends; the data is kept.
  suspendedAt: timestamp({ withTimezone: true }),
  // When a host admin's deletion of this (suspended) system takes effect: the purge removes it and
  // everything it holds after that moment; a host admin may cancel until then (decision 0025).
  deletionScheduledAt: timestamp({ withTimezone: true }),
  // Set by the organization's admins: its counts, aggregated with other systems' and small ones
  // suppressed, appear in the host's consortium view (decision 0025). Off by default.
  consortiumSharing: boolean().notNull().default(false),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row, written in the same transaction as the first organization. Its primary key makes
 * first-run setup happen at most once, even when two people submit the form at the same moment.
 */
export const appSetup = pgTable('app_setup', {
  id: smallint().primaryKey().default(1),
  completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
