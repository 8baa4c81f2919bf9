import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Organization, organizations } from '@/db/schema';
import { ActionError, staleMessage } from '@/lib/auth/action';
import { refuseIfStale } from '@/lib/concurrency/stale';

/**
 * The caller's own organization, locked until the transaction ends, for every edit of its settings
 * (the settings form and data retention share one version). An edit that started from an older
 * version is refused, so a change made meanwhile is never overwritten.
 */
export async function lockOrganizationForEdit(
  tx: Db,
  ctx: { orgId: string; userId: string; timeZone: string },
  input: { version: number },
): Promise<Organization> {
  const [current] = await tx
    .select()
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId))
    .for('update');
  if (!current) throw new ActionError('Your organization was not found. Sign in again.');
  await refuseIfStale(tx, ctx, current, input, { message: staleMessage });
  return current;
}
