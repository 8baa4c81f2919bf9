import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/**
 * Repeated failed sign-ins for one address are first slowed, then refused for a while. The
 * count lives in the database so it holds across restarts and across several app processes.
 */
export const signInPolicy = {
  /** Failures answered at once. */
  freeFailures: 2,
  /** Each failure after the free ones waits this much longer before it is answered. */
  delayStepMs: 1000,
  /** This many failures within the window lock the address. */
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** When the address is locked, the moment the lock ends; otherwise null. */
export async function lockedUntil(db: Db, email: string): Promise<Date | null> {
  const [row] = await db
    .select({
      lockedUntil: signInAttempts.lockedUntil,
      now: sql<Date>`now()`.mapWith(signInAttempts.lockedUntil),
    })
    .from(signInAttempts)
    .where(eq(signInAttempts.email, normaliseEmail(email)));
  if (!row?.lockedUntil) return null;
  return row.lockedUntil > row.now ? row.lockedUntil : null;
}

/** Counts one failure atomically and returns the count and any lock it caused. */
export async function recordFailedSignIn(
  db: Db,
  email: string,
): Promise<{ failedCount: number; lockedUntil: Date | null }> {
  const t = signInAttempts;
  const window = sql.raw(`interval '${signInPolicy.windowMinutes} minutes'`);
  const lock = sql.raw(`interval '${signInPolicy.lockMinutes} minutes'`);
  // Start counting afresh when the last failure is old or a past lock has run out.
  const nextCount = sql`case when ${t.lastFailedAt} < now() - ${window}
      or (${t.lockedUntil} is not null and ${t.lockedUntil} <= now())
    then 1 else ${t.failedCount} + 1 end`;
  const [row] = await db
    .insert(t)
    .values({ email: normaliseEmail(email), failedCount: 1 })
    .onConflictDoUpdate({
      target: t.email,
      set: {
        failedCount: nextCount,
        lastFailedAt: sql`now()`,
        lockedUntil: sql`case when ${nextCount} >= ${signInPolicy.maxFailures} then now() + ${lock} else null end`,
      },
    })
    .returning({ failedCount: t.failedCount, lockedUntil: t.lockedUntil });
  return { failedCount: row?.failedCount ?? 1, lockedUntil: row?.lockedUntil ?? null };
}

export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.email, normaliseEmail(email)));
}

/** How long to hold the answer to the nth failure. */
export function failureDelayMs(failedCount: number): number {
  return Math.max(0, failedCount - signInPolicy.freeFailures) * signInPolicy.delayStepMs;
}
