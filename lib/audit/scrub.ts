import 'server-only';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries } from '@/db/schema';

// Forgetting a person (PRODUCT.md, "Forgetting"; decision 0014) reaches into the audit log: the fact
// that a record was added, changed or removed stays, with who did it and when, but no value that
// described the person. Entries keep only the fields named as safe to keep, and say that the rest
// was erased, so the log reads "Added contact (details removed)" rather than pretending nothing was.

/** The key an erased entry carries, for the pages that describe it (./describe.ts reads it). */
const erasedKey = 'detailsErased';

type Snapshot = Record<string, unknown> | null;

function keepOnly(snapshot: Snapshot, keeps: (key: string) => boolean): Snapshot {
  if (!snapshot) return snapshot;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) if (keeps(key)) out[key] = value;
  out[erasedKey] = true;
  return out;
}

/**
 * Reduces every audit entry about these records (of this organization) to the fields in `keep`, or
 * (with `{ drop }`) to every field but those. Returns how many entries were rewritten.
 */
export async function eraseAuditDetails(
  tx: Db,
  orgId: string,
  entityType: string,
  entityIds: string[],
  fields: readonly string[] | { drop: readonly string[] },
): Promise<number> {
  if (!entityIds.length) return 0;
  const rows = await tx
    .select({ id: auditEntries.id, before: auditEntries.before, after: auditEntries.after })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, orgId),
        eq(auditEntries.entityType, entityType),
        inArray(auditEntries.entityId, entityIds),
      ),
    );
  const keeps =
    'drop' in fields
      ? (key: string) => !fields.drop.includes(key)
      : (key: string) => (fields as readonly string[]).includes(key);
  for (const row of rows) {
    await tx
      .update(auditEntries)
      .set({ before: keepOnly(row.before, keeps), after: keepOnly(row.after, keeps) })
      .where(eq(auditEntries.id, row.id));
  }
  return rows.length;
}

/**
 * Removes a value said about a person from any audit entry of the organization that holds it as a
 * whole field (a name recorded beside another record, such as a contact added by an import merge):
 * the field is set to null and the entry marked as erased. Text that merely contains the value is
 * left to the record's own eraser, which knows its fields.
 */
export async function eraseAuditValue(tx: Db, orgId: string, field: string, value: string): Promise<number> {
  if (!value) return 0;
  const matches = (column: typeof auditEntries.before | typeof auditEntries.after) =>
    sql`${column} ->> ${field} = ${value}`;
  const rows = await tx
    .select({ id: auditEntries.id, before: auditEntries.before, after: auditEntries.after })
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), or(matches(auditEntries.before), matches(auditEntries.after))));
  const clear = (snapshot: Snapshot): Snapshot =>
    snapshot && snapshot[field] === value ? { ...snapshot, [field]: null, [erasedKey]: true } : snapshot;
  for (const row of rows) {
    await tx
      .update(auditEntries)
      .set({ before: clear(row.before), after: clear(row.after) })
      .where(eq(auditEntries.id, row.id));
  }
  return rows.length;
}
