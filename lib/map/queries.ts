import 'server-only';
import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { branches, mapVersions, memberships, partners, users } from '@/db/schema';
import type { AssetCategory, LocationPrecision, RelationshipStage } from '@/db/schema/vocabulary';
import type { MemberRole } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { memberFilterOptions } from '@/lib/organization/member-options';
import { partnerFilterWhere } from '@/lib/partners/filter-sql';
import type { PartnerFilter } from '@/lib/partners/filters';
import { shownAddress } from '@/lib/partners/privacy';
import {
  type BranchRow,
  categoryOrder,
  type MapPayload,
  pointDigits,
  roundExact,
  stageOrder,
} from './payload';

type Ctx = { orgId: string };
type RoleCtx = { orgId: string; role: MemberRole };

/**
 * The partners the map draws for a filter, as the JSON text of ./payload.ts's shape (without the
 * branches), sorted by name so the list beside the map needs no sorting of its own.
 *
 * Location privacy is applied here, in the query, for every caller: a hidden partner's point is
 * never selected, an approximate one is rounded to about a kilometre, an exact one to about a metre.
 *
 * PostgreSQL builds the JSON itself: at tens of thousands of partners, handing over one text is
 * several times faster than handing over a row per partner (measured with PGlite at 50,000).
 */
export async function mapPartnersJson(db: Db, ctx: RoleCtx, filter: PartnerFilter): Promise<string> {
  return (await readMapPartners(db, ctx, filter)).json;
}

/**
 * mapPartnersJson with the organization's count of map changes (db/schema/partners.ts's
 * mapVersions), read in the same statement and so from the same snapshot: the JSON is exactly
 * the partners as of that count (lib/map/cache.ts relies on it).
 */
export async function readMapPartners(
  db: Db,
  ctx: RoleCtx,
  filter: PartnerFilter,
): Promise<{ json: string; version: number }> {
  const p = partners;
  // Stage and category travel as their index in the vocabularies (./payload.ts decodes them).
  const stage = sql`array_position(${sql.param([...stageOrder])}::text[], ${p.stage}::text) - 1`;
  const category = sql`array_position(${sql.param([...categoryOrder])}::text[], ${p.category}::text) - 1`;
  // Written out by hand rather than with json_build_array, which puts a space after every comma.
  const named = sql`to_json(${p.id}::text)::text || ',' || to_json(${p.name})::text || ',' || (${stage}) || ',' || (${category})`;
  const point = (digits: number) =>
    sql`round(${p.latitude}::numeric, ${sql.raw(String(digits))})::float8 || ',' || round(${p.longitude}::numeric, ${sql.raw(String(digits))})::float8`;
  const placedRow = sql`'[' || ${named} || ',' || case when ${p.locationPrecision} = 'approximate'
    then ${point(pointDigits.approximate)} || ',' || ${p.version} || ',1'
    else ${point(pointDigits.exact)} || ',' || ${p.version} end || ']'`;
  const namedRow = sql`'[' || ${named} || ']'`;
  const byName = sql`order by lower(${p.name}), ${p.name}, ${p.id}`;
  const hasPoint = sql`${p.latitude} is not null and ${p.longitude} is not null`;
  const list = (row: SQL, where: SQL) =>
    sql<string>`coalesce('[' || string_agg(${row}, ',' ${byName}) filter (where ${where}) || ']', '[]')`;
  const [row] = await db
    .select({
      placed: list(placedRow, sql`${p.locationPrecision} <> 'hidden' and ${hasPoint}`),
      hidden: list(namedRow, sql`${p.locationPrecision} = 'hidden'`),
      unplaced: list(namedRow, sql`${p.locationPrecision} <> 'hidden' and not (${hasPoint})`),
      hiddenCount: sql<number>`count(*) filter (where ${p.locationPrecision} = 'hidden')`.mapWith(Number),
      version: mapVersionSql(ctx.orgId),
    })
    .from(p)
    .where(partnerFilterWhere(ctx, filter));
  return {
    json: `{"partners":${row!.placed},"hidden":${row!.hidden},"unplaced":${row!.unplaced},"hiddenCount":${row!.hiddenCount}}`,
    version: row!.version,
  };
}

/** The organization's count of changes to its partners and branches: 0 until the first. */
function mapVersionSql(orgId: string) {
  return sql<number>`coalesce((select ${mapVersions.version} from ${mapVersions} where ${mapVersions.orgId} = ${orgId}), 0)`.mapWith(
    Number,
  );
}

/** That count alone: cheap, one row by its key. */
export async function mapVersion(db: Db, ctx: Ctx): Promise<number> {
  const [row] = await db
    .select({ version: mapVersions.version })
    .from(mapVersions)
    .where(eq(mapVersions.orgId, ctx.orgId));
  return row?.version ?? 0;
}

/** The same as mapPartnersJson, parsed. */
export async function mapPartners(
  db: Db,
  ctx: RoleCtx,
  filter: PartnerFilter,
): Promise<Omit<MapPayload, 'branches'>> {
  return JSON.parse(await mapPartnersJson(db, ctx, filter));
}

/** The organization's branches that have a point, for the map. */
export async function mapBranches(db: Db, ctx: Ctx): Promise<BranchRow[]> {
  const rows = await db
    .select({ id: branches.id, name: branches.name, lat: branches.latitude, lng: branches.longitude })
    .from(branches)
    .where(and(eq(branches.orgId, ctx.orgId), isNotNull(branches.latitude), isNotNull(branches.longitude)))
    .orderBy(asc(branches.name));
  return rows.map((b) => [b.id, b.name, roundExact(b.lat!), roundExact(b.lng!)]);
}

export type MapPartnerSummary = {
  id: string;
  name: string;
  category: AssetCategory;
  stage: RelationshipStage;
  precision: LocationPrecision;
  /** Null when the caller may not see it (see mapPartnerSummary). */
  address: string | null;
  branchName: string | null;
  ownerName: string | null;
  nextFollowUpOn: string | null;
  archived: boolean;
};

/**
 * What a map popup shows about one partner, fetched when the popup opens so the bulk data stays
 * small. The address is as lib/partners/privacy.ts's shownAddress gives it to the caller's role: a
 * viewer gets only the area of an approximate place, and nothing of a hidden one or an individual.
 */
export async function mapPartnerSummary(db: Db, ctx: RoleCtx, id: string): Promise<MapPartnerSummary | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: partners.id,
      name: partners.name,
      category: partners.category,
      stage: partners.stage,
      precision: partners.locationPrecision,
      address: partners.address,
      branchName: branches.name,
      ownerName: users.name,
      nextFollowUpOn: partners.nextFollowUpOn,
      archivedAt: partners.archivedAt,
    })
    .from(partners)
    // Joined on the organization too, so a stray id never shows another organization's names.
    .leftJoin(branches, and(eq(branches.id, partners.primaryBranchId), eq(branches.orgId, partners.orgId)))
    .leftJoin(
      memberships,
      and(eq(memberships.id, partners.ownerMembershipId), eq(memberships.orgId, partners.orgId)),
    )
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, id)));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    stage: row.stage,
    precision: row.precision,
    address: shownAddress(ctx.role, { ...row, locationPrecision: row.precision }) || null,
    branchName: row.branchName,
    ownerName: row.ownerName,
    nextFollowUpOn: row.nextFollowUpOn,
    archived: row.archivedAt !== null,
  };
}

/** People the owner filter offers (see `memberFilterOptions`). */
export function mapOwnerOptions(db: Db, ctx: Ctx): Promise<{ value: string; label: string }[]> {
  return memberFilterOptions(db, ctx.orgId, {
    column: partners.ownerMembershipId,
    where: and(eq(partners.orgId, ctx.orgId), isNotNull(partners.ownerMembershipId)),
  });
}
