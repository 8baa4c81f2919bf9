import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import { describeAuditAction, describeField } from '@/lib/audit/describe';
import type { MemberRole } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { seesPrivateDetails } from './privacy';
import {
  ageLabels,
  categoryLabels,
  depthLabels,
  formalityLabels,
  foundViaLabels,
  labelOf,
  labelsOf,
  precisionLabels,
  sectorLabels,
  stageLabels,
} from './vocabulary';

type Ctx = { orgId: string; role: MemberRole };

export type HistoryChange = { field: string; label: string; before: string; after: string };
export type HistoryEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  /** "Updated partner", "Added contact"… */
  what: string;
  /** For a contact entry, the contact's name. */
  contactName: string | null;
  changes: HistoryChange[];
};

// Ids and bookkeeping the snapshots carry for the record, not for reading.
const internalFields = new Set([
  'partnerId',
  'partnerName',
  'primaryBranchId',
  'ownerMembershipId',
  'version',
]);

// PostgreSQL's jsonb keeps keys in its own order, so changes are shown in the form's order instead.
const fieldOrder = [
  'name',
  'category',
  'sectors',
  'agesServed',
  'priorityCommunities',
  'description',
  'strengths',
  'interests',
  'address',
  'latitude',
  'longitude',
  'locationPrecision',
  'website',
  'role',
  'phone',
  'email',
  'preferredLanguage',
  'notes',
  'shareWithViewers',
  'primaryBranchName',
  'ownerName',
  'stage',
  'endedReason',
  'depth',
  'formality',
  'nextFollowUpOn',
  'foundVia',
  'foundViaNote',
  'archivedAt',
];

function byFormOrder(a: string, b: string): number {
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

const keyLabels: Record<string, Record<string, string>> = {
  category: categoryLabels,
  stage: stageLabels,
  depth: depthLabels,
  formality: formalityLabels,
  locationPrecision: precisionLabels,
  foundVia: foundViaLabels,
};
const listLabels: Record<string, Record<string, string>> = { sectors: sectorLabels, agesServed: ageLabels };

/** A recorded value in words: vocabulary keys as their labels, lists joined, empty as ''. */
export function formatHistoryValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) {
    const list = listLabels[field];
    return list ? labelsOf(list, value.map(String)) : value.map(String).join(', ');
  }
  const labels = keyLabels[field];
  if (labels && typeof value === 'string') return labelOf(labels, value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The fields a viewer may not read in this entry (see ./privacy.ts for the same rules on records). */
function withheldFields(entityType: string, before: Record<string, unknown>, after: Record<string, unknown>) {
  if (entityType === 'contact') return new Set(['email', 'phone', 'notes']);
  const fields = new Set(['latitude', 'longitude']);
  if (before.category === 'individual' || after.category === 'individual') {
    for (const field of ['address', 'phone', 'email']) fields.add(field);
  }
  return fields;
}

function changesOf(
  entityType: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  role: MemberRole,
): HistoryChange[] {
  const was = before ?? {};
  const now = after ?? {};
  const hidden = seesPrivateDetails(role) ? new Set<string>() : withheldFields(entityType, was, now);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort(byFormOrder);
  return fields.flatMap((field) => {
    if (internalFields.has(field) || hidden.has(field)) return [];
    const beforeText = formatHistoryValue(field, was[field]);
    const afterText = formatHistoryValue(field, now[field]);
    if (beforeText === afterText) return [];
    return [{ field, label: describeField(field), before: beforeText, after: afterText }];
  });
}

/**
 * The partner's change history from the audit log: its own entries and its contacts', newest
 * first, with who made each change. A viewer reads it with private details left out.
 */
export async function partnerHistory(
  db: Db,
  ctx: Ctx,
  partnerId: string,
  { limit = 100 }: { limit?: number } = {},
): Promise<HistoryEntry[]> {
  if (!isUuid(partnerId)) return [];
  const rows = await db
    .select({
      id: auditEntries.id,
      action: auditEntries.action,
      entityType: auditEntries.entityType,
      before: auditEntries.before,
      after: auditEntries.after,
      createdAt: auditEntries.createdAt,
      actorName: users.name,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(
      and(
        eq(auditEntries.orgId, ctx.orgId),
        or(
          and(eq(auditEntries.entityType, 'partner'), eq(auditEntries.entityId, partnerId)),
          and(
            eq(auditEntries.entityType, 'contact'),
            or(
              sql`${auditEntries.after}->>'partnerId' = ${partnerId}`,
              sql`${auditEntries.before}->>'partnerId' = ${partnerId}`,
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(limit);
  return rows.map((row) => {
    const name = row.after?.name ?? row.before?.name;
    return {
      id: row.id,
      at: row.createdAt,
      actorName: row.actorName,
      action: row.action,
      what: describeAuditAction(row.action),
      contactName: row.entityType === 'contact' && typeof name === 'string' ? name : null,
      changes: changesOf(row.entityType, row.before ?? null, row.after ?? null, ctx.role),
    };
  });
}
