import 'server-only';
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { branches, memberships } from '@/db/schema';
import { isUuid } from '@/lib/ids';

type Ctx = { orgId: string };

export async function listBranches(db: Db, ctx: Ctx) {
  return db.select().from(branches).where(eq(branches.orgId, ctx.orgId)).orderBy(asc(branches.name));
}

/** The organization's branches for the settings list, each with how many active members call it home. */
export async function listBranchesWithMemberCounts(db: Db, ctx: Ctx) {
  return db
    .select({ ...getTableColumns(branches), memberCount: count(memberships.id) })
    .from(branches)
    .leftJoin(
      memberships,
      and(
        eq(memberships.homeBranchId, branches.id),
        eq(memberships.orgId, ctx.orgId),
        eq(memberships.active, true),
      ),
    )
    .where(eq(branches.orgId, ctx.orgId))
    .groupBy(branches.id)
    .orderBy(sql`lower(${branches.name})`, asc(branches.name));
}

export type BranchListRow = Awaited<ReturnType<typeof listBranchesWithMemberCounts>>[number];

/** How many active members of the organization have this branch as their home branch. */
export async function countHomeBranchMembers(db: Db, ctx: Ctx, branchId: string): Promise<number> {
  if (!isUuid(branchId)) return 0;
  const [row] = await db
    .select({ value: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, ctx.orgId),
        eq(memberships.homeBranchId, branchId),
        eq(memberships.active, true),
      ),
    );
  return row?.value ?? 0;
}

export async function getBranch(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(branches)
    .where(and(eq(branches.orgId, ctx.orgId), eq(branches.id, id)));
  return row ?? null;
}

/** For pages: a branch of the caller's organization, or the not-found page. */
export async function getBranchOrThrow(db: Db, ctx: Ctx, id: string) {
  return (await getBranch(db, ctx, id)) ?? notFound();
}
