import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries, users } from '@/db/schema';

type Ctx = { orgId: string };

export const auditPageSize = 50;

/** The organization's audit entries, newest first, with who made each. */
export async function listAuditEntries(
  db: Db,
  ctx: Ctx,
  { page = 1, entityType }: { page?: number; entityType?: string } = {},
) {
  const where = and(
    eq(auditEntries.orgId, ctx.orgId),
    entityType ? eq(auditEntries.entityType, entityType) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEntries.id,
        action: auditEntries.action,
        entityType: auditEntries.entityType,
        entityId: auditEntries.entityId,
        before: auditEntries.before,
        after: auditEntries.after,
        createdAt: auditEntries.createdAt,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorUserId))
      .where(where)
      .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
      .limit(auditPageSize)
      .offset((Math.max(1, page) - 1) * auditPageSize),
    db.select({ value: count() }).from(auditEntries).where(where),
  ]);
  return { rows, total: total?.value ?? 0, page: Math.max(1, page), pageSize: auditPageSize };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['rows'][number];

// ---- Reading an entry the way a person would -------------------------------------------------
// Used by the audit page and the CSV export alike, so both describe an entry in the same words.

const actionLabels: Record<string, string> = {
  'organization.create': 'Set up the organization',
  'organization.update': 'Updated organization settings',
  'branch.create': 'Added branch',
  'branch.update': 'Updated branch',
  'branch.delete': 'Removed branch',
  'member.create': 'Added staff member',
  'member.update': 'Updated staff member',
  'member.password_change': 'Changed their password',
  'demo.seed': 'Loaded the demo data',
};

const entityLabels: Record<string, string> = {
  organization: 'Organization',
  branch: 'Branch',
  member: 'Staff member',
};

const fieldLabels: Record<string, string> = {
  name: 'Name',
  address: 'Address',
  latitude: 'Latitude',
  longitude: 'Longitude',
  mapCenterLat: 'Map centre latitude',
  mapCenterLng: 'Map centre longitude',
  mapZoom: 'Map zoom',
  homeBranchMembers: 'Staff with this home branch',
  email: 'Email',
  role: 'Role',
};

/** "customer_note" or "customerNote" to "Customer note". */
function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** 'branch.update' to "Updated branch"; an action without a label still reads sensibly. */
export function describeAuditAction(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const [entity = '', verb = ''] = action.split('.');
  return verb ? `${humanise(entity)}: ${humanise(verb).toLowerCase()}` : humanise(action);
}

export function describeEntityType(entityType: string): string {
  return entityLabels[entityType] ?? humanise(entityType);
}

export function describeField(field: string): string {
  return fieldLabels[field] ?? humanise(field);
}

/** A stored value as text; null, undefined and '' all read as empty. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export type AuditChange = { field: string; label: string; before: string; after: string };

/** The fields that differ between before and after, in the order they were recorded. */
export function auditChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.flatMap((field) => {
    const was = formatAuditValue(before?.[field]);
    const now = formatAuditValue(after?.[field]);
    return was === now ? [] : [{ field, label: describeField(field), before: was, after: now }];
  });
}

/** Which record an entry is about, by the name it had then when the entry kept one. */
export function auditRecordName(entry: {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}): string | null {
  const name = entry.after?.name ?? entry.before?.name;
  return typeof name === 'string' && name !== '' ? name : null;
}

/**
 * Every audit entry of the organization, newest first, in batches, for the CSV export. It pages by
 * position (created_at, id) rather than by offset, so entries written during a long download
 * neither repeat nor push others off the end. The cursor keeps created_at as text: a JavaScript
 * Date drops PostgreSQL's microseconds and would skip entries.
 */
export async function* exportAuditEntries(
  db: Db,
  ctx: Ctx,
  { batchSize = 500 }: { batchSize?: number } = {},
): AsyncGenerator<AuditRow[]> {
  let cursor: { createdAt: string; id: string } | null = null;
  for (;;) {
    const rows: (AuditRow & { cursorAt: string })[] = await db
      .select({
        id: auditEntries.id,
        action: auditEntries.action,
        entityType: auditEntries.entityType,
        entityId: auditEntries.entityId,
        before: auditEntries.before,
        after: auditEntries.after,
        createdAt: auditEntries.createdAt,
        actorName: users.name,
        actorEmail: users.email,
        cursorAt: sql<string>`${auditEntries.createdAt}::text`,
      })
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorUserId))
      .where(
        and(
          eq(auditEntries.orgId, ctx.orgId),
          cursor
            ? sql`(${auditEntries.createdAt}, ${auditEntries.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map(({ cursorAt: _cursorAt, ...row }) => row);
    const last = rows[rows.length - 1]!;
    if (rows.length < batchSize) return;
    cursor = { createdAt: last.cursorAt, id: last.id };
  }
}
