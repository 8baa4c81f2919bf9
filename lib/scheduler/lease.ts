import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { pgErrorCode } from '@/db/errors';
import { type ScheduledTask, scheduledTasks } from '@/db/schema';

/**
 * Claims on the `scheduled_tasks` row, the one place that decides who runs a task (decision 0017).
 * Each is a single statement, so it holds on PostgreSQL with any number of app processes and on
 * PGlite alike, with no advisory lock (PGlite has one connection, and a session lock would outlive
 * a crashed run on PostgreSQL's pooled connections).
 */

export type Claim = { name: string; holder: string; startedAt: Date };

const secondsFromNow = (seconds: number) => sql`now() + make_interval(secs => ${seconds})`;

/**
 * Takes the task when no live lease holds it and it is due: it never ended well, or the last run
 * that did began at least `everySeconds` ago. `force` (the command line, an admin's "now") skips
 * the second test, never the first. Returns undefined when another process has it or it is not due.
 */
export async function claimTask(
  db: Db,
  name: string,
  options: { everySeconds: number; leaseSeconds: number; force?: boolean },
): Promise<Claim | undefined> {
  const holder = randomUUID();
  const free = or(isNull(scheduledTasks.leaseUntil), lt(scheduledTasks.leaseUntil, sql`now()`));
  const due: SQL | undefined = options.force
    ? undefined
    : or(
        isNull(scheduledTasks.lastSucceededAt),
        sql`${scheduledTasks.lastSucceededAt} <= now() - make_interval(secs => ${options.everySeconds})`,
      );
  // The first claim ever inserts the row; every later one updates it only where the row, as it is
  // once locked, says so. Two processes racing: one updates, the other's condition now fails.
  const [row] = await db
    .insert(scheduledTasks)
    .values({
      name,
      leaseHolder: holder,
      leaseUntil: secondsFromNow(options.leaseSeconds),
      lastStartedAt: sql`now()`,
    })
    .onConflictDoUpdate({
      target: scheduledTasks.name,
      set: {
        leaseHolder: holder,
        leaseUntil: secondsFromNow(options.leaseSeconds),
        lastStartedAt: sql`now()`,
      },
      setWhere: and(free, due),
    })
    .returning({ holder: scheduledTasks.leaseHolder, startedAt: scheduledTasks.lastStartedAt });
  if (!row || row.holder !== holder || !row.startedAt) return undefined;
  return { name, holder, startedAt: row.startedAt };
}

const held = (claim: Claim) =>
  and(eq(scheduledTasks.name, claim.name), eq(scheduledTasks.leaseHolder, claim.holder));

/** Keeps a long run's lease; false when it lapsed and another process took the task over. */
export async function renewLease(db: Db, claim: Claim, leaseSeconds: number): Promise<boolean> {
  const rows = await db
    .update(scheduledTasks)
    .set({ leaseUntil: secondsFromNow(leaseSeconds) })
    .where(held(claim))
    .returning({ name: scheduledTasks.name });
  return rows.length > 0;
}

/** Records a run that ended well and lets the task go; the next is due a period after it began. */
export async function finishTask(db: Db, claim: Claim, result: Record<string, unknown>) {
  await db
    .update(scheduledTasks)
    .set({
      leaseHolder: null,
      leaseUntil: null,
      lastSucceededAt: claim.startedAt,
      lastFinishedAt: sql`now()`,
      lastError: '',
      lastResult: result,
    })
    .where(held(claim));
}

/** Records a failed run and holds the task back for `retrySeconds` before anyone tries again. */
export async function failTask(db: Db, claim: Claim, error: unknown, retrySeconds: number) {
  // A database error is kept as its code alone: its message carries the query's parameters, which
  // may hold people's data (the server log has the rest, through logError).
  const code = pgErrorCode(error);
  const message = code
    ? `Database error ${code}`
    : error instanceof Error
      ? `${error.name}: ${error.message.split('\n')[0]}`
      : 'Unknown error';
  await db
    .update(scheduledTasks)
    .set({
      leaseHolder: null,
      leaseUntil: secondsFromNow(retrySeconds),
      lastFinishedAt: sql`now()`,
      lastError: message.slice(0, 300),
    })
    .where(held(claim));
}

/** What is known of a task's runs, or undefined before its first. */
export async function readTask(db: Db, name: string): Promise<ScheduledTask | undefined> {
  const [row] = await db.select().from(scheduledTasks).where(eq(scheduledTasks.name, name));
  return row;
}
