import 'server-only';
import { systemDeletionTask } from '@/lib/host/deletion';
import { reminderDigestTask } from '@/lib/reminders/task';
import { retentionTask } from '@/lib/retention/run';
import type { ScheduledTaskDefinition } from './run';

/** Every task the app's clock runs (lib/scheduler/start.ts). Add new ones here. */
export const scheduledTaskList: readonly ScheduledTaskDefinition[] = [
  retentionTask,
  reminderDigestTask,
  systemDeletionTask,
];
