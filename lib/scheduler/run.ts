import 'server-only';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { type Claim, claimTask, failTask, finishTask, renewLease } from './lease';

/** A job the app does by itself, at most once per period across every process (decision 0017). */
export type ScheduledTaskDefinition = {
  /** The key of its `scheduled_tasks` row. */
  name: string;
  /** How long after the start of the last run that ended well the next one is due. */
  everySeconds: number;
  /** How long a run may go without a sign of life before another process may take the task over. */
  leaseSeconds: number;
  /** How long to wait after a failed run before trying again. */
  retrySeconds: number;
  /**
   * Does the work and returns what to record of it (counts, never people's data). `keepAlive`
   * renews the lease; a long run calls it between steps and stops when it returns false.
   */
  run: (db: Db, keepAlive: () => Promise<boolean>) => Promise<Record<string, unknown>>;
};

export type TaskOutcome =
  | { status: 'ran'; result: Record<string, unknown> }
  | { status: 'skipped' }
  | { status: 'failed'; error: unknown };

/**
 * Runs the task if this process can claim it: due and not held elsewhere, or (with `force`) not
 * held elsewhere. Records the outcome on the task's row either way.
 */
export async function runTask(
  db: Db,
  task: ScheduledTaskDefinition,
  options: { force?: boolean } = {},
): Promise<TaskOutcome> {
  const claim: Claim | undefined = await claimTask(db, task.name, {
    everySeconds: task.everySeconds,
    leaseSeconds: task.leaseSeconds,
    force: options.force,
  });
  if (!claim) return { status: 'skipped' };
  try {
    const result = await task.run(db, () => renewLease(db, claim, task.leaseSeconds));
    await finishTask(db, claim, result);
    return { status: 'ran', result };
  } catch (error) {
    logError(`scheduled task ${task.name}`, error);
    await failTask(db, claim, error, task.retrySeconds).catch((e) => logError('scheduler', e));
    return { status: 'failed', error };
  }
}

/** One pass over the tasks: each that is due runs here unless another process has it. */
export async function runDueTasks(db: Db, tasks: readonly ScheduledTaskDefinition[]) {
  const outcomes: Record<string, TaskOutcome['status']> = {};
  for (const task of tasks) outcomes[task.name] = (await runTask(db, task)).status;
  return outcomes;
}
