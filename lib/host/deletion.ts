import 'server-only';
import { and, desc, eq, inArray, isNotNull, lte, notExists, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries, hostAdmins, interviews, memberships, organizations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import type { ScheduledTaskDefinition } from '@/lib/scheduler/run';
import { recordHostAudit } from './audit';
import type { HostContext } from './context';

/** How long a scheduled deletion waits, during which a host admin may cancel it (decision 0025). */
export const deletionGraceDays = 30;

const notFoundMessage = 'That library system was not found.';

/**
 * When the system's admins last downloaded the full archive (Settings → Export), from its audit
 * log: every export is recorded there as it starts (lib/export/archive.ts). Null when never.
 */
export async function lastArchiveExportAt(db: Db, orgId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditEntries.createdAt })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, orgId),
        eq(auditEntries.action, 'organization.export'),
        sql`${auditEntries.after}->>'export' = 'archive'`,
      ),
    )
    .orderBy(desc(auditEntries.createdAt))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Schedules the deletion of a suspended library system, `deletionGraceDays` from now, once the
 * host has typed its exact name. Refused, changing nothing, when the system is open, already
 * scheduled, or the name typed is not its own. Audited in the host log and the system's own.
 */
export async function scheduleSystemDeletion(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  input: { orgId: string; confirmName: string },
): Promise<{ name: string; deletionScheduledAt: Date }> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({
        name: organizations.name,
        suspendedAt: organizations.suspendedAt,
        deletionScheduledAt: organizations.deletionScheduledAt,
      })
      .from(organizations)
      .where(eq(organizations.id, input.orgId))
      .for('update');
    if (!org) throw new ActionError(notFoundMessage);
    if (!org.suspendedAt) throw new ActionError(`Suspend ${org.name} before deleting it.`);
    if (org.deletionScheduledAt) throw new ActionError(`${org.name} is already to be deleted.`);
    if (input.confirmName !== org.name) {
      const message = 'Type the library system’s name exactly as shown, capitals and spaces included.';
      throw new ActionError('Nothing was scheduled: the name typed is not the system’s.', {
        confirmName: [message],
      });
    }
    const lastExportAt = await lastArchiveExportAt(tx, input.orgId);
    const [updated] = await tx
      .update(organizations)
      .set({
        deletionScheduledAt: sql`now() + make_interval(days => ${deletionGraceDays})`,
        version: sql`${organizations.version} + 1`,
      })
      .where(eq(organizations.id, input.orgId))
      .returning({ at: organizations.deletionScheduledAt });
    const deletionScheduledAt = updated?.at;
    if (!deletionScheduledAt) throw new Error('Update returned no row');
    const details = {
      name: org.name,
      deletionScheduledFor: deletionScheduledAt.toISOString(),
      lastArchiveExportAt: lastExportAt?.toISOString() ?? null,
    };
    await recordAudit(
      tx,
      { orgId: input.orgId, userId: host.userId },
      {
        action: 'organization.delete_schedule',
        entityType: 'organization',
        entityId: input.orgId,
        after: { deletionScheduledFor: details.deletionScheduledFor },
      },
    );
    await recordHostAudit(tx, {
      actorUserId: host.userId,
      action: 'organization.delete_schedule',
      orgId: input.orgId,
      details,
    });
    return { name: org.name, deletionScheduledAt };
  });
}

/** Cancels a scheduled deletion before it takes effect; the system stays suspended. */
export async function cancelSystemDeletion(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  orgId: string,
): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ name: organizations.name, deletionScheduledAt: organizations.deletionScheduledAt })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for('update');
    if (!org) throw new ActionError(notFoundMessage);
    if (!org.deletionScheduledAt) throw new ActionError(`${org.name} is not to be deleted.`);
    await tx
      .update(organizations)
      .set({ deletionScheduledAt: null, version: sql`${organizations.version} + 1` })
      .where(eq(organizations.id, orgId));
    const details = { name: org.name, deletionScheduledFor: org.deletionScheduledAt.toISOString() };
    await recordAudit(
      tx,
      { orgId, userId: host.userId },
      {
        action: 'organization.delete_cancel',
        entityType: 'organization',
        entityId: orgId,
        before: { deletionScheduledFor: details.deletionScheduledFor },
      },
    );
    await recordHostAudit(tx, {
      actorUserId: host.userId,
      action: 'organization.delete_cancel',
      orgId,
      details,
    });
    return { name: org.name };
  });
}

export type PurgedSystem = { name: string; members: number; accountsRemoved: number };

/**
 * Deletes one system whose grace period is over, with everything it holds, in one transaction;
 * does nothing if it was cancelled (or reopened) meanwhile. Every table holding an organization's
 * rows references organizations with `on delete cascade` (interviews first, whose guide versions
 * are `restrict`). Accounts left with no membership anywhere, and not host admins, are removed
 * too (their sessions with them); people who belong elsewhere keep their accounts. The host log
 * keeps its entries (`on delete set null`) and gains one for the purge.
 */
async function purgeOneSystem(db: Db, orgId: string): Promise<PurgedSystem | null> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(
        and(
          eq(organizations.id, orgId),
          isNotNull(organizations.suspendedAt),
          lte(organizations.deletionScheduledAt, sql`now()`),
        ),
      )
      .for('update');
    if (!org) return null;
    const members = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.orgId, orgId));
    await tx.delete(interviews).where(eq(interviews.orgId, orgId));
    await tx.delete(organizations).where(eq(organizations.id, orgId));
    const userIds = members.map((member) => member.userId);
    const removed = userIds.length
      ? await tx
          .delete(users)
          .where(
            and(
              inArray(users.id, userIds),
              notExists(tx.select({ one: sql`1` }).from(memberships).where(eq(memberships.userId, users.id))),
              notExists(tx.select({ one: sql`1` }).from(hostAdmins).where(eq(hostAdmins.userId, users.id))),
            ),
          )
          .returning({ id: users.id })
      : [];
    const purged = { name: org.name, members: userIds.length, accountsRemoved: removed.length };
    await recordHostAudit(tx, {
      actorUserId: null,
      action: 'organization.purge',
      details: { ...purged, orgId },
    });
    return purged;
  });
}

/** Every system whose deletion is due, each in its own transaction (lib/scheduler, npm run host:purge-deleted). */
export async function purgeDeletedSystems(
  db: Db,
  options: { keepAlive?: () => Promise<boolean>; onSystem?: (system: PurgedSystem) => void } = {},
): Promise<{ systems: number; accountsRemoved: number }> {
  const due = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(isNotNull(organizations.suspendedAt), lte(organizations.deletionScheduledAt, sql`now()`)));
  const summary = { systems: 0, accountsRemoved: 0 };
  for (const { id } of due) {
    if (options.keepAlive && !(await options.keepAlive())) {
      throw new Error('The deletion pass lost its lease to another process.');
    }
    const purged = await purgeOneSystem(db, id);
    if (!purged) continue;
    summary.systems += 1;
    summary.accountsRemoved += purged.accountsRemoved;
    options.onSystem?.(purged);
  }
  return summary;
}

/** Hourly: a deletion takes effect within the hour after its grace period ends. */
export const systemDeletionTask: ScheduledTaskDefinition = {
  name: 'system-deletion',
  everySeconds: 60 * 60,
  leaseSeconds: 10 * 60,
  retrySeconds: 60 * 60,
  run: (db, keepAlive) => purgeDeletedSystems(db, { keepAlive }),
};
