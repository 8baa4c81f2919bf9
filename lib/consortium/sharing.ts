import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostAdmins, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { env } from '@/lib/env';

/** The host named in the setting: HOST_NAME, or words that fit any deployment. */
export function hostNameForSharing(): string {
  return env.hostName() ?? 'this service’s host';
}

/**
 * Settings → Organization, "Consortium view": whether the caller's organization shares, and whether
 * the deployment has a host at all (a service with no host admin has no consortium view to offer).
 */
export async function getConsortiumSharing(db: Db, ctx: { orgId: string }) {
  const [[org], [host]] = await Promise.all([
    db
      .select({ sharing: organizations.consortiumSharing })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId)),
    db.select({ n: sql<number>`count(*)::int` }).from(hostAdmins),
  ]);
  return { sharing: org?.sharing ?? false, hostExists: (host?.n ?? 0) > 0, hostName: hostNameForSharing() };
}

/**
 * Turns sharing on or off for the caller's own organization, audited in its log with before and
 * after. Saving what is already chosen changes and records nothing.
 */
export async function setConsortiumSharing(
  db: Db,
  ctx: { orgId: string; userId: string },
  share: boolean,
): Promise<{ sharing: boolean }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ sharing: organizations.consortiumSharing })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId))
      .for('update');
    if (!current) throw new ActionError('Your organization was not found. Sign in again.');
    if (current.sharing === share) return { sharing: share };
    await tx
      .update(organizations)
      .set({ consortiumSharing: share, updatedAt: new Date() })
      .where(eq(organizations.id, ctx.orgId));
    await recordAudit(tx, ctx, {
      action: 'organization.consortium',
      entityType: 'organization',
      entityId: ctx.orgId,
      before: { consortiumSharing: current.sharing },
      after: { consortiumSharing: share },
    });
    return { sharing: share };
  });
}
