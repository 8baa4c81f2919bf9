import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per background task (lib/scheduler): who holds it now and until when, and how its last
 * runs went. Claiming a task is one statement on this row, so with several app processes (or the
 * command line beside the app) exactly one runs it at a time; a holder that died lets its lease
 * lapse and the next process takes over. Not an organization's data: neither exported nor restored.
 */
export const scheduledTasks = pgTable('scheduled_tasks', {
  name: text().primaryKey(),
  // A fresh token per claim, so that only the run that claimed the task can renew or end it.
  leaseHolder: text(),
  // Until then no other process may start the task (also used to wait before retrying a failure).
  leaseUntil: timestamp({ withTimezone: true }),
  lastStartedAt: timestamp({ withTimezone: true }),
  // When the last run that ended well began: the next is due a period after it.
  lastSucceededAt: timestamp({ withTimezone: true }),
  lastFinishedAt: timestamp({ withTimezone: true }),
  lastError: text().notNull().default(''),
  // What the last run that ended well reported: counts only.
  lastResult: jsonb().$type<Record<string, unknown>>(),
});

export type ScheduledTask = typeof scheduledTasks.$inferSelect;
