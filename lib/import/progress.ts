import type { ImportJob, ImportStatus } from '@/db/schema';

/** What the progress bar reads: plain numbers, safe to send to the browser. */
export type ImportProgress = {
  status: ImportStatus;
  total: number;
  done: number;
  created: number;
  merged: number;
  skipped: number;
  failed: number;
  geocoded: number;
  unplaced: number;
};

export function progressOf(
  job: Pick<
    ImportJob,
    | 'status'
    | 'totalRows'
    | 'cursor'
    | 'createdCount'
    | 'mergedCount'
    | 'skippedCount'
    | 'invalidCount'
    | 'geocodedCount'
    | 'unplaced'
  >,
): ImportProgress {
  return {
    status: job.status,
    total: job.totalRows,
    done: job.cursor,
    created: job.createdCount,
    merged: job.mergedCount,
    skipped: job.skippedCount,
    failed: job.invalidCount,
    geocoded: job.geocodedCount,
    unplaced: job.unplaced.length,
  };
}
