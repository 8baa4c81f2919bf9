import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { scheduledTasks } from '@/db/schema';
import { rowsOf } from '@/lib/dashboard/sql';
import { claimTask, failTask, finishTask, readTask, renewLease } from '@/lib/scheduler/lease';
import { runTask, type ScheduledTaskDefinition } from '@/lib/scheduler/run';
import { useTestDatabase } from '../support/database';

// The lease that makes a background task run in one process at a time, on PGlite and PostgreSQL:
// two claims at once, one wins; a lapsed lease is taken over; a task that ended well is not due
// again until its period has passed; a failure is recorded and waits before the next try.

const t = useTestDatabase();
const daily = { everySeconds: 86_400, leaseSeconds: 600 };
const name = () => `test-task-${randomUUID().slice(0, 8)}`;

async function moveBack(task: string, column: 'leaseUntil' | 'lastSucceededAt', seconds: number) {
  await t.db
    .update(scheduledTasks)
    .set({ [column]: sql`now() - make_interval(secs => ${seconds})` })
    .where(eq(scheduledTasks.name, task));
}

// On PostgreSQL the claims must come from two processes' own connections, not one after the other
// on a shared one: a second client on the same database stands in for the second app process.
let second: DatabaseHandle | undefined;
beforeAll(async () => {
  if (t.handle.kind !== 'postgres') return;
  const [row] = await rowsOf<{ name: string }>(t.db, sql`select current_database() as name`);
  const target = new URL(process.env.TEST_DATABASE_URL!);
  target.pathname = `/${row!.name}`;
  second = await openDatabase({ kind: 'postgres', url: target.toString(), maxConnections: 2 });
});
afterAll(async () => {
  await second?.close();
});

describe('claiming a task', () => {
  it('lets exactly one of many claims made at the same moment win', async () => {
    const task = name();
    const other = second?.db ?? t.db;
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => claimTask(i % 2 ? other : t.db, task, daily)),
    );
    const winners = claims.filter(Boolean);
    expect(winners).toHaveLength(1);
    const row = await readTask(t.db, task);
    expect(row?.leaseHolder).toBe(winners[0]!.holder);
    expect(row!.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a claim while a live lease holds the task, even when forced', async () => {
    const task = name();
    expect(await claimTask(t.db, task, daily)).toBeDefined();
    expect(await claimTask(t.db, task, daily)).toBeUndefined();
    expect(await claimTask(t.db, task, { ...daily, force: true })).toBeUndefined();
  });

  it('hands a task whose holder went silent to the next claim; the old holder can no longer renew or end it', async () => {
    const task = name();
    const first = (await claimTask(t.db, task, daily))!;
    await moveBack(task, 'leaseUntil', 1);
    const next = await claimTask(second?.db ?? t.db, task, daily);
    expect(next).toBeDefined();
    expect(next!.holder).not.toBe(first.holder);

    expect(await renewLease(t.db, first, 600)).toBe(false);
    await finishTask(t.db, first, { stale: true });
    const row = await readTask(t.db, task);
    expect(row).toMatchObject({ leaseHolder: next!.holder, lastSucceededAt: null, lastResult: null });
    expect(await renewLease(t.db, next!, 600)).toBe(true);
  });

  it('is not due again until its period has passed since the last run that ended well began', async () => {
    const task = name();
    const claim = (await claimTask(t.db, task, daily))!;
    await finishTask(t.db, claim, { removed: 3 });
    const row = await readTask(t.db, task);
    expect(row).toMatchObject({
      leaseHolder: null,
      leaseUntil: null,
      lastError: '',
      lastResult: { removed: 3 },
    });
    expect(row!.lastSucceededAt!.getTime()).toBe(claim.startedAt.getTime());

    expect(await claimTask(t.db, task, daily)).toBeUndefined();
    // The command line and an admin's "now" may run it again at once.
    const forced = await claimTask(t.db, task, { ...daily, force: true });
    expect(forced).toBeDefined();
    await finishTask(t.db, forced!, {});
    // The app was down for three days: the first look afterwards runs it, once.
    await moveBack(task, 'lastSucceededAt', 3 * 86_400);
    expect(await claimTask(t.db, task, daily)).toBeDefined();
    expect(await claimTask(t.db, task, daily)).toBeUndefined();
  });

  it('records a failure without the query’s values and waits before the next try', async () => {
    const task = name();
    const claim = (await claimTask(t.db, task, daily))!;
    await failTask(t.db, claim, new Error('The mail server said no\nsecret detail'), 3600);
    const row = await readTask(t.db, task);
    expect(row).toMatchObject({
      leaseHolder: null,
      lastError: 'Error: The mail server said no',
      lastSucceededAt: null,
    });
    expect(row!.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 3000_000);
    expect(await claimTask(t.db, task, daily)).toBeUndefined();
    await moveBack(task, 'leaseUntil', 1);
    expect(await claimTask(t.db, task, daily)).toBeDefined();
  });
});

describe('running a task', () => {
  const definition = (task: string, run: ScheduledTaskDefinition['run']): ScheduledTaskDefinition => ({
    name: task,
    everySeconds: 86_400,
    leaseSeconds: 600,
    retrySeconds: 3600,
    run,
  });

  it('runs a due task once and records what it reported; two processes at once run it once', async () => {
    const task = name();
    let runs = 0;
    const def = definition(task, async (_db, keepAlive) => {
      runs += 1;
      expect(await keepAlive()).toBe(true);
      return { done: runs };
    });
    const outcomes = await Promise.all([runTask(t.db, def), runTask(second?.db ?? t.db, def)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['ran', 'skipped']);
    expect(runs).toBe(1);
    expect(await readTask(t.db, task)).toMatchObject({ lastResult: { done: 1 }, lastError: '' });
    expect((await runTask(t.db, def)).status).toBe('skipped');
  });

  it('records a run that throws as failed, and keeps its lease from others for the retry wait', async () => {
    const task = name();
    const outcome = await runTask(
      t.db,
      definition(task, async () => {
        throw new TypeError('broken');
      }),
    );
    expect(outcome.status).toBe('failed');
    const row = await readTask(t.db, task);
    expect(row).toMatchObject({ lastError: 'TypeError: broken', lastSucceededAt: null });
    expect(row!.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});
