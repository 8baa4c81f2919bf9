import 'server-only';
import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';

/**
 * The people a filter by member offers (the map's owner filter, the follow-ups' assignee filter):
 * active members who may do the work (viewers never do), and anyone who holds one of the records
 * now, so a deactivated member's partners or follow-ups can still be found. Named as the dashboard
 * names them.
 */
export async function memberFilterOptions(
  db: Db,
  orgId: string,
  holders: { column: PgColumn; where: SQL | undefined },
): Promise<{ value: string; label: string }[]> {
  const holding = db.selectDistinct({ id: holders.column }).from(holders.column.table).where(holders.where);
  const rows = await db
    .select({ value: memberships.id, name: users.name, active: memberships.active })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        or(
          and(eq(memberships.active, true), ne(memberships.role, 'viewer')),
          inArray(memberships.id, holding),
        ),
      ),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(memberships.id));
  return rows.map((row) => ({
    value: row.value,
    label: row.active ? row.name : `${row.name} (deactivated)`,
  }));
}
