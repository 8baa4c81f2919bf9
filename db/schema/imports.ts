import {
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
import { organizations } from './organizations';
import { memberships, users } from './users';
import { importStatuses } from './vocabulary';

/**
 * An import moves through: `mapping` (file read, columns being matched), `review` (mapped and
 * checked, duplicates shown), `queued`/`running` (a job on the server), then `done`, `failed`
 * (stopped with nothing of the current batch written) or `undone`. See decision 0013.
 */
export const importStatus = pgEnum('import_status', importStatuses);

export const importFileKinds = ['csv', 'xlsx', 'kml', 'geojson'] as const;
export type ImportFileKind = (typeof importFileKinds)[number];

/**
 * The file as read: its header and rows of text cells (points from KML/GeoJSON become columns).
 * `rowNumbers` are the numbers people see in their spreadsheet (or the place's position in a map
 * file), so that a problem can name the row.
 */
export type ImportTable = {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  unit: 'row' | 'place';
  notes: string[];
};

/** One spreadsheet import of partners: the file, the choices made about it, and what it did. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: 'set null' }),
    fileName: text().notNull(),
    fileKind: text().$type<ImportFileKind>().notNull(),
    fileBytes: integer().notNull(),
    status: importStatus().notNull().default('mapping'),
    table: jsonb().$type<ImportTable>().notNull(),
    // Column → field, value mappings and defaults (lib/import/mapping.ts).
    mapping: jsonb().$type<Record<string, unknown>>(),
    // Row number → merge / skip / keep, for the rows flagged as likely duplicates.
    decisions: jsonb().$type<Record<string, string>>(),
    totalRows: integer().notNull().default(0),
    // The next source row the job will write: everything before it is in, or was skipped.
    cursor: integer().notNull().default(0),
    createdCount: integer().notNull().default(0),
    mergedCount: integer().notNull().default(0),
    skippedCount: integer().notNull().default(0),
    invalidCount: integer().notNull().default(0),
    geocodedCount: integer().notNull().default(0),
    // Rows imported without a point because the address lookup found nothing or failed.
    unplaced: jsonb()
      .$type<{ row: number; partnerId: string; name: string; address: string; reason: string }[]>()
      .notNull()
      .default([]),
    // What each merged partner held before, so that undo can put it back.
    merges: jsonb()
      .$type<
        { partnerId: string; version: number; before: Record<string, unknown>; contactId: string | null }[]
      >()
      .notNull()
      .default([]),
    error: text().notNull().default(''),
    // A runner holds the job until then; a runner that died lets the lease lapse and another resumes.
    leaseUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    undoneAt: timestamp({ withTimezone: true }),
    undoneByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    // When the file's rows were dropped: at once when nothing needs them any more (done without
    // problems, undone), else when the organization's retention period ends (decision 0017).
    rowsRemovedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.orgId, t.createdAt), index().on(t.status, t.leaseUntil)],
);

/** Which field a column of a given name was mapped to last time, per organization. */
export const importColumnMemory = pgTable(
  'import_column_memory',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    header: text().notNull(),
    field: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_column_memory_unique').on(t.orgId, t.header)],
);

export type ImportJob = typeof importJobs.$inferSelect;
export type NewImportJob = typeof importJobs.$inferInsert;
