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
