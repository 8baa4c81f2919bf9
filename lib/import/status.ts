import type { ImportStatus } from '@/db/schema';

export const importStatusLabels: Record<ImportStatus, string> = {
  mapping: 'Matching columns',
  review: 'Ready to review',
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Imported',
  failed: 'Stopped',
  undone: 'Undone',
};

export const importStatusTone: Record<ImportStatus, 'neutral' | 'brand' | 'warning' | 'danger'> = {
  mapping: 'neutral',
  review: 'neutral',
  queued: 'brand',
  running: 'brand',
  done: 'brand',
  failed: 'danger',
  undone: 'warning',
};

/** Why a stopped import whose rows were removed (decision 0017) cannot carry on. */
export const fileRemovedMessage =
  'The rows of this file were removed under your organization’s data retention setting, so the import cannot be resumed. Undo it, or import the rows it had not reached from the file again.';
