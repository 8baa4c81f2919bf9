import 'server-only';
import { asc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { organizations } from '@/db/schema';
import type { ScheduledTaskDefinition } from '@/lib/scheduler/run';
import { noPurge, type PurgeCounts, purgeOrganization } from './purge';

export type RetentionSummary = PurgeCounts & { organizations: number; failed: number };

/**
 * One retention pass over every organization, each in its own transaction: one that fails is
 * logged and the rest go on; the pass then throws, so the scheduler tries again later (what was
 * removed stays removed, and a second pass finds nothing more to do there).
 */
export async function runRetention(
  db: Db,
  options: {
    keepAlive?: () => Promise<boolean>;
    onOrganization?: (org: { id: string; name: string }, counts: PurgeCounts) => void;
  } = {},
): Promise<RetentionSummary> {
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.createdAt), asc(organizations.id));
  const summary: RetentionSummary = { ...noPurge, organizations: 0, failed: 0 };
  for (const org of orgs) {
    if (options.keepAlive && !(await options.keepAlive())) {
      throw new Error('The retention pass lost its lease to another process.');
    }
    try {
      const counts = await purgeOrganization(db, org.id, null);
      for (const key of Object.keys(noPurge) as (keyof PurgeCounts)[]) summary[key] += counts[key];
      summary.organizations += 1;
      options.onOrganization?.(org, counts);
    } catch (error) {
      logError(`retention (organization ${org.id})`, error);
      summary.failed += 1;
    }
  }
  if (summary.failed) {
    throw new Error(`The retention pass failed for ${summary.failed} of ${orgs.length} organizations.`);
  }
  return summary;
}

/** The daily pass, for the scheduler (lib/scheduler/tasks.ts) and `npm run retention`. */
export const retentionTask: ScheduledTaskDefinition = {
  name: 'retention',
  everySeconds: 24 * 60 * 60,
  // Each organization renews it; a pass that went silent this long has died.
  leaseSeconds: 10 * 60,
  retrySeconds: 60 * 60,
  run: (db, keepAlive) => runRetention(db, { keepAlive }),
};
