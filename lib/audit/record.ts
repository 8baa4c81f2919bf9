import 'server-only';
import type { Db } from '@/db/client';
import { auditEntries } from '@/db/schema';

type Actor = { orgId: string; userId: string | null };
export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Never written to the audit log, at any depth, whatever a caller passes. */
const secretKey = /password|secret|token/i;

function clean(value: Record<string, unknown> | null | undefined) {
  if (!value) return null;
  // Round-trip through JSON so dates become strings and nothing unserialisable sneaks in; the
  // reviver drops secrets wherever they sit. `mustChangePassword` is a flag, not a secret.
  return JSON.parse(JSON.stringify(value), (key, field) =>
    secretKey.test(key) && key !== 'mustChangePassword' ? undefined : field,
  ) as Record<string, unknown>;
}

/** Writes one audit entry. Call it with the transaction that makes the change. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: clean(entry.before),
    after: clean(entry.after),
  });
}
