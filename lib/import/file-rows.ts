import 'server-only';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type ImportTable, importJobs } from '@/db/schema';

/**
 * The uploaded file's rows are kept in the import job only while something needs them (decision
 * 0017): the columns and review steps and the runner need all of them; once the import is done
 * only the rows that could not be imported are kept, for the problems download, until the
 * organization's retention period ends; an undone import needs none. The header, the counts and
 * the notes about the file stay: they say what happened, not what the file held.
 */

/** The table with only the rows at these positions, each keeping the row number people see. */
export function tableWithRows(table: ImportTable, indexes: number[]): ImportTable {
  return {
    ...table,
    rows: indexes.map((index) => table.rows[index]!),
    rowNumbers: indexes.map((index) => table.rowNumbers[index]!),
  };
}

// Empties the rows of the stored table in SQL, so no row is read back into the app to do it.
const withoutRows = sql`jsonb_set(jsonb_set(${importJobs.table}, '{rows}', '[]'::jsonb), '{rowNumbers}', '[]'::jsonb)`;

/**
 * A finished import keeps only the rows with problems; with none, the file is gone at once. Call it
 * in the transaction that marks the job done.
 */
export async function keepProblemRows(tx: Db, jobId: string, table: ImportTable, problemIndexes: number[]) {
  await tx
    .update(importJobs)
    .set(
      problemIndexes.length
        ? { table: tableWithRows(table, problemIndexes) }
        : { table: withoutRows, rowsRemovedAt: sql`now()` },
    )
    .where(eq(importJobs.id, jobId));
}

const undoneLeavesNothing = { table: withoutRows, rowsRemovedAt: sql`now()`, merges: [], unplaced: [] };

/**
 * An undone import needs nothing of the file, nor the copies it kept to undo merges and to list
 * partners to place by hand: those partners are gone or back as they were. Call it in the undo's
 * transaction.
 */
export async function dropUndoneImportData(tx: Db, jobId: string) {
  await tx.update(importJobs).set(undoneLeavesNothing).where(eq(importJobs.id, jobId));
}

export type ImportPurge = { filesEmptied: number; uploadsDeleted: number };

const olderThan = (days: number) => lt(importJobs.createdAt, sql`now() - make_interval(days => ${days})`);

/** Uploads never imported (columns or review step) that are past the period: deleted whole. */
export const expiredUploads = (orgId: string, keepDays: number) =>
  and(eq(importJobs.orgId, orgId), inArray(importJobs.status, ['mapping', 'review']), olderThan(keepDays));

/** Undone imports that still hold rows (kept by versions before this rule), whatever their age. */
export const undoneWithRows = (orgId: string) =>
  and(eq(importJobs.orgId, orgId), eq(importJobs.status, 'undone'), isNull(importJobs.rowsRemovedAt));

/** Finished or stopped imports past the period that still hold rows. */
export const expiredFiles = (orgId: string, keepDays: number) =>
  and(
    eq(importJobs.orgId, orgId),
    inArray(importJobs.status, ['done', 'failed']),
    isNull(importJobs.rowsRemovedAt),
    olderThan(keepDays),
  );

/**
 * The organization's import files past its retention period: uploads never imported are deleted
 * whole (as "discard" would), finished or stopped imports lose their rows (a stopped one can no
 * longer be resumed, and can still be undone), undone ones lose what undo kept too. Imports under
 * way are never touched.
 */
export async function purgeImportFiles(tx: Db, orgId: string, keepDays: number): Promise<ImportPurge> {
  const deleted = await tx
    .delete(importJobs)
    .where(expiredUploads(orgId, keepDays))
    .returning({ id: importJobs.id });
  const undone = await tx
    .update(importJobs)
    .set(undoneLeavesNothing)
    .where(undoneWithRows(orgId))
    .returning({ id: importJobs.id });
  const finished = await tx
    .update(importJobs)
    .set({ table: withoutRows, rowsRemovedAt: sql`now()` })
    .where(expiredFiles(orgId, keepDays))
    .returning({ id: importJobs.id });
  return { filesEmptied: undone.length + finished.length, uploadsDeleted: deleted.length };
}
