import 'server-only';
import type { Db } from '@/db/client';
import { hostAudit } from '@/db/schema';

export type HostAction =
  | 'organization.create'
  | 'organization.invite_admin'
  | 'organization.suspend'
  | 'organization.reopen'
  | 'organization.delete_schedule'
  | 'organization.delete_cancel'
  | 'organization.purge'
  | 'host_admin.add';

/** Writes one host audit entry; call it with the transaction that makes the change. */
export async function recordHostAudit(
  tx: Db,
  entry: {
    actorUserId: string | null;
    action: HostAction;
    orgId?: string | null;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(hostAudit).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    orgId: entry.orgId ?? null,
    details: entry.details,
  });
}
