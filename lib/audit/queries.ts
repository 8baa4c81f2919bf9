import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { type Db, type DbSource, openSource } from '@/db/client';
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

/**
 * Every audit entry of the organization, newest first, in batches, for the CSV export. It pages by
 * position (created_at, id) rather than by offset, so entries written during a long download
 * neither repeat nor push others off the end. The cursor keeps created_at as text: a JavaScript
 * Date drops PostgreSQL's microseconds and would skip entries.
 */
export async function* exportAuditEntries(
  source: DbSource,
  ctx: Ctx,
  { batchSize = 500 }: { batchSize?: number } = {},
): AsyncGenerator<AuditRow[]> {
  let cursor: { createdAt: string; id: string } | null = null;
  for (;;) {
    const db = await openSource(source);
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
