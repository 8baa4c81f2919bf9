import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { csvBom, csvLine } from '@/lib/csv/cell';
import { progressOf } from './progress';
import { getImportJob, getImportProgress, listImports } from './queries';
import { resumeStaleImports } from './runner';
import { mappingView, problemRows, reviewView } from './view';

type Ctx = { orgId: string };

/** The organization's imports, newest first, after picking up any whose runner stopped. */
export const loadImports = scopedLoader(async function loadImports(ctx: Ctx) {
  const db = await getDb();
  await resumeStaleImports(db, ctx.orgId);
  return listImports(db, ctx);
});

/**
 * One import (or not found) with what its step shows: the columns while mapping, the review while
 * reviewing. A queued or running job whose runner stopped is picked up again first.
 */
export const loadImport = scopedLoader(async function loadImport(ctx: Ctx, importId: string) {
  const db = await getDb();
  let job = await getImportJob(db, ctx, importId);
  if (!job) notFound();
  if (job.status === 'queued' || job.status === 'running') {
    await resumeStaleImports(db, ctx.orgId);
    job = (await getImportJob(db, ctx, importId))!;
  }
  return {
    job,
    mapping: job.status === 'mapping' ? await mappingView(db, ctx, job) : null,
    review: job.status === 'review' ? await reviewView(db, ctx, job) : null,
  };
});

/** An import's progress, or null when there is no such import. A stopped runner is picked up again. */
export const loadImportProgress = scopedLoader(async function loadImportProgress(ctx: Ctx, importId: string) {
  const db = await getDb();
  const job = await getImportProgress(db, ctx, importId);
  if (!job) return null;
  if (job.status === 'queued' || job.status === 'running') await resumeStaleImports(db, ctx.orgId);
  return progressOf(job);
});

/**
 * Every row the import cannot take, as CSV: the column and the reason, followed by the row's own
 * cells so it can be fixed and imported again. Every cell is guarded against spreadsheet formulas.
 * `missing` when there is no such import (or it was never mapped), `removed` when its rows are gone.
 */
export async function importProblemsCsv(
  ctx: Ctx,
  importId: string,
): Promise<{ status: 'missing' } | { status: 'removed' } | { status: 'ok'; fileName: string; csv: string }> {
  const db = await getDb();
  const job = await getImportJob(db, ctx, importId);
  if (!job?.mapping) return { status: 'missing' };
  // Decision 0017: the rows it would repeat are gone, and an empty file would look like no problems.
  if (job.rowsRemovedAt) return { status: 'removed' };
  const { header, lines } = await problemRows(db, ctx, job);
  const base =
    job.fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[^\w.-]+/g, '-')
      .slice(0, 80) || 'import';
  return {
    status: 'ok',
    fileName: `${base}-problems.csv`,
    csv: `${csvBom}${csvLine(header)}${lines.map((line) => csvLine(line)).join('')}`,
  };
}
