import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { areaSets, areas, branches } from '@/db/schema';
import { isUuid } from '@/lib/ids';

type Ctx = { orgId: string };

export const serviceAreasName = 'Service areas';

/** The organization's area sets, the service areas first, each with how many areas it holds. */
export async function listAreaSets(db: Db, ctx: Ctx) {
  return db
    .select({
      id: areaSets.id,
      name: areaSets.name,
      kind: areaSets.kind,
      version: areaSets.version,
      areaCount: count(areas.id),
    })
    .from(areaSets)
    .leftJoin(areas, and(eq(areas.setId, areaSets.id), eq(areas.orgId, ctx.orgId)))
    .where(eq(areaSets.orgId, ctx.orgId))
    .groupBy(areaSets.id)
    .orderBy(sql`${areaSets.kind} = 'custom'`, sql`lower(${areaSets.name})`);
}

export type AreaSetRow = Awaited<ReturnType<typeof listAreaSets>>[number];

/** Every area of the organization without its shape: the settings list. */
export async function listAreaSummaries(db: Db, ctx: Ctx) {
  return db
    .select({
      id: areas.id,
      setId: areas.setId,
      name: areas.name,
      branchId: areas.branchId,
      branchName: branches.name,
      pointCount: areas.pointCount,
      version: areas.version,
      updatedAt: areas.updatedAt,
    })
    .from(areas)
    .leftJoin(branches, and(eq(branches.id, areas.branchId), eq(branches.orgId, ctx.orgId)))
    .where(eq(areas.orgId, ctx.orgId))
    .orderBy(sql`lower(${areas.name})`, asc(areas.name));
}

export type AreaSummary = Awaited<ReturnType<typeof listAreaSummaries>>[number];

/** The shapes of one set, for counting and drawing. */
export async function listAreaShapes(db: Db, ctx: Ctx, setId: string) {
  if (!isUuid(setId)) return [];
  return db
    .select({
      id: areas.id,
      name: areas.name,
      branchId: areas.branchId,
      polygons: areas.polygons,
      minLatitude: areas.minLatitude,
      minLongitude: areas.minLongitude,
      maxLatitude: areas.maxLatitude,
      maxLongitude: areas.maxLongitude,
    })
    .from(areas)
    .where(and(eq(areas.orgId, ctx.orgId), eq(areas.setId, setId)))
    .orderBy(sql`lower(${areas.name})`, asc(areas.name));
}

export type AreaShapeRow = Awaited<ReturnType<typeof listAreaShapes>>[number];

export async function getArea(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: areas.id,
      setId: areas.setId,
      setName: areaSets.name,
      setKind: areaSets.kind,
      name: areas.name,
      branchId: areas.branchId,
      polygons: areas.polygons,
      pointCount: areas.pointCount,
      version: areas.version,
      minLatitude: areas.minLatitude,
      minLongitude: areas.minLongitude,
      maxLatitude: areas.maxLatitude,
      maxLongitude: areas.maxLongitude,
    })
    .from(areas)
    .innerJoin(areaSets, eq(areaSets.id, areas.setId))
    .where(and(eq(areas.orgId, ctx.orgId), eq(areas.id, id)));
  return row ?? null;
}

/** For pages: an area of the caller's organization, or the not-found page. */
export async function getAreaOrThrow(db: Db, ctx: Ctx, id: string) {
  return (await getArea(db, ctx, id)) ?? notFound();
}

/** The box around each set's areas, keyed by set id: where a new area of the set is drawn. */
export async function areaSetExtents(db: Db, ctx: Ctx) {
  const rows = await db
    .select({
      setId: areas.setId,
      south: sql<number>`min(${areas.minLatitude})`.mapWith(Number),
      west: sql<number>`min(${areas.minLongitude})`.mapWith(Number),
      north: sql<number>`max(${areas.maxLatitude})`.mapWith(Number),
      east: sql<number>`max(${areas.maxLongitude})`.mapWith(Number),
    })
    .from(areas)
    .where(eq(areas.orgId, ctx.orgId))
    .groupBy(areas.setId);
  return Object.fromEntries(rows.map(({ setId, ...box }) => [setId, box]));
}
