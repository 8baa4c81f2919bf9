import { and, count, desc, eq } from 'drizzle-orm';
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
