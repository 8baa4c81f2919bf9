import { and, asc, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { branches } from '@/db/schema';

type Ctx = { orgId: string };

export async function listBranches(db: Db, ctx: Ctx) {
  return db.select().from(branches).where(eq(branches.orgId, ctx.orgId)).orderBy(asc(branches.name));
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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
