import 'server-only';
import { and, eq, gt, isNull, lt, or, sql, sum } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInClientAttempts, signInFailureCounts } from '@/db/schema';
import { env } from '@/lib/env';

/**
 * Limits beside the per-email one (./throttle.ts) against password spraying: a few passwords tried
 * on many addresses (decision 0015). Both counts live in the database, so they hold across
 * restarts and across several app processes.
 */
export const sprayPolicy = {
  client: {
    /** This many unsuccessful sign-ins from one client address within the window pause it. */
    maxFailures: 30,
    windowMinutes: 15,
    lockMinutes: 15,
  },
  /**
   * Above this many unsuccessful sign-ins across the service in the last minute, any client address
   * and any email address that has failed within its window gets no further try until things calm down.
   */
  ceilingPerMinute: () => env.signInCeilingPerMinute(),
} as const;

export type Pressure = {
  client: string;
  /** Attempts from this client within its window, this one included. */
  clientCount: number;
  clientLockedUntil: Date | null;
  /** Unsuccessful attempts across the service in the last minute, this one included. */
  serviceCount: number;
  second: Date;
};

const interval = (minutes: number) => sql.raw(`interval '${minutes} minutes'`);

/**
 * Counts one attempt for the client and for the service, before its password is looked at (so
 * attempts sent at the same moment cannot slip past), each count one atomic upsert.
 */
export async function countAttempt(db: Db, client: string): Promise<Pressure> {
  const t = signInClientAttempts;
  const policy = sprayPolicy.client;
  // As for an email address: count afresh once the last failure is old or a past lock has run out.
  const nextCount = sql`case when ${t.lastFailedAt} < now() - ${interval(policy.windowMinutes)}
      or (${t.lockedUntil} is not null and ${t.lockedUntil} <= now())
    then 1 else ${t.failedCount} + 1 end`;
  const [clientRow] = await db
    .insert(t)
    .values({ client, failedCount: 1 })
    .onConflictDoUpdate({
      target: t.client,
      set: {
        failedCount: nextCount,
        lastFailedAt: sql`now()`,
        // A pause under way keeps its end: tries refused meanwhile do not prolong it.
        lockedUntil: sql`case when ${t.lockedUntil} > now() then ${t.lockedUntil}
          when ${nextCount} >= ${policy.maxFailures} then now() + ${interval(policy.lockMinutes)} else null end`,
      },
    })
    .returning({ failedCount: t.failedCount, lockedUntil: t.lockedUntil });

  const c = signInFailureCounts;
  const [bucket] = await db
    .insert(c)
    .values({ second: sql`date_trunc('second', now())`, failedCount: 1 })
    .onConflictDoUpdate({ target: c.second, set: { failedCount: sql`${c.failedCount} + 1` } })
    .returning({ second: c.second, failedCount: c.failedCount });
  const [total] = await db
    .select({ value: sum(c.failedCount).mapWith(Number) })
    .from(c)
    .where(gt(c.second, sql`now() - interval '1 minute'`));
  // A new second: a good moment to drop what no limit reads any more (client addresses are
  // personal data, kept only while they count).
  if (bucket?.failedCount === 1) await prune(db);
  return {
    client,
    clientCount: clientRow?.failedCount ?? 1,
    clientLockedUntil: clientRow?.lockedUntil ?? null,
    serviceCount: total?.value ?? 1,
    second: bucket?.second ?? new Date(),
  };
}

/** A sign-in that succeeded was no failure: take it off both counts (never below zero). */
export async function forgiveAttempt(db: Db, pressure: Pressure): Promise<void> {
  const t = signInClientAttempts;
  const lowered = sql`greatest(${t.failedCount} - 1, 0)`;
  await db
    .update(t)
    .set({
      failedCount: lowered,
      lockedUntil: sql`case when ${lowered} < ${sprayPolicy.client.maxFailures} then null else ${t.lockedUntil} end`,
    })
    .where(eq(t.client, pressure.client));
  const c = signInFailureCounts;
  await db
    .update(c)
    .set({ failedCount: sql`greatest(${c.failedCount} - 1, 0)` })
    .where(eq(c.second, pressure.second));
}

/** When the client address is paused, the moment the pause ends; otherwise null. */
export async function clientLockedUntil(db: Db, client: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: signInClientAttempts.lockedUntil })
    .from(signInClientAttempts)
    .where(and(eq(signInClientAttempts.client, client), gt(signInClientAttempts.lockedUntil, sql`now()`)));
  return row?.lockedUntil ?? null;
}

async function prune(db: Db) {
  await db.delete(signInFailureCounts).where(lt(signInFailureCounts.second, sql`now() - interval '1 hour'`));
  const t = signInClientAttempts;
  await db
    .delete(t)
    .where(
      and(
        lt(t.lastFailedAt, sql`now() - ${interval(sprayPolicy.client.windowMinutes)}`),
        or(isNull(t.lockedUntil), lt(t.lockedUntil, sql`now()`)),
      ),
    );
}
