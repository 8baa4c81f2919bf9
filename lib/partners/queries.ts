import 'server-only';
import { and, asc, count, desc, eq, getTableColumns, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { branches, contacts, memberships, partners, users } from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { partnerFilterWhere } from './filter-sql';
import type { PartnerFilter } from './filters';
import type { PartnerSort } from './list-params';
import { redactContact, redactPartner } from './privacy';

/** Who is reading: the organization to stay inside, and the role that decides what is withheld. */
type Ctx = { orgId: string; role: MemberRole };

export const defaultPageSize = 25;

const ownerUsers = alias(users, 'owner_users');
const ownerMemberships = alias(memberships, 'owner_memberships');

const listColumns = {
  id: partners.id,
  name: partners.name,
  category: partners.category,
  stage: partners.stage,
  sectors: partners.sectors,
  agesServed: partners.agesServed,
  priorityCommunities: partners.priorityCommunities,
  address: partners.address,
  latitude: partners.latitude,
  longitude: partners.longitude,
  locationPrecision: partners.locationPrecision,
  nextFollowUpOn: partners.nextFollowUpOn,
  lastInteractionAt: partners.lastInteractionAt,
  archivedAt: partners.archivedAt,
  updatedAt: partners.updatedAt,
  primaryBranchId: partners.primaryBranchId,
  branchName: branches.name,
  ownerMembershipId: partners.ownerMembershipId,
  ownerName: ownerUsers.name,
};

function orderFor(sort: PartnerSort): SQL[] {
  const byName = [asc(sql`lower(${partners.name})`), asc(partners.id)];
  if (sort === 'updated') return [desc(partners.updatedAt), asc(partners.id)];
  // The stage enum is declared in path order, so sorting by it follows the relationship path.
  if (sort === 'stage') return [asc(partners.stage), ...byName];
  return byName;
}

/**
 * One page of the organization's partners matching the shared filter (the same one the map and
 * the exports use), with the total that match.
 */
export async function listPartners(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  {
    sort = 'name',
    page = 1,
    pageSize = defaultPageSize,
  }: { sort?: PartnerSort; page?: number; pageSize?: number } = {},
) {
  const where = partnerFilterWhere(ctx, filter);
  const safePage = Math.max(1, Math.floor(page) || 1);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(partners)
      .leftJoin(branches, and(eq(branches.id, partners.primaryBranchId), eq(branches.orgId, partners.orgId)))
      .leftJoin(
        ownerMemberships,
        and(eq(ownerMemberships.id, partners.ownerMembershipId), eq(ownerMemberships.orgId, partners.orgId)),
      )
      .leftJoin(ownerUsers, eq(ownerUsers.id, ownerMemberships.userId))
      .where(where)
      .orderBy(...orderFor(sort))
      .limit(pageSize)
      .offset((safePage - 1) * pageSize),
    db.select({ value: count() }).from(partners).where(where),
  ]);
  return {
    rows: rows.map((row) => redactPartner(row, ctx.role)),
    total: total?.value ?? 0,
    page: safePage,
    pageSize,
  };
}

export type PartnerListRow = Awaited<ReturnType<typeof listPartners>>['rows'][number];

const createdByUsers = alias(users, 'created_by_users');
const updatedByUsers = alias(users, 'updated_by_users');

/** One partner of the caller's organization with the names around it, or null (also for a non-uuid). */
export async function getPartner(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      ...getTableColumns(partners),
      branchName: branches.name,
      ownerName: ownerUsers.name,
      ownerActive: ownerMemberships.active,
      createdByName: createdByUsers.name,
      updatedByName: updatedByUsers.name,
    })
    .from(partners)
    .leftJoin(branches, and(eq(branches.id, partners.primaryBranchId), eq(branches.orgId, partners.orgId)))
    .leftJoin(
      ownerMemberships,
      and(eq(ownerMemberships.id, partners.ownerMembershipId), eq(ownerMemberships.orgId, partners.orgId)),
    )
    .leftJoin(ownerUsers, eq(ownerUsers.id, ownerMemberships.userId))
    .leftJoin(createdByUsers, eq(createdByUsers.id, partners.createdByUserId))
    .leftJoin(updatedByUsers, eq(updatedByUsers.id, partners.updatedByUserId))
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, id)));
  return row ? redactPartner(row, ctx.role) : null;
}

export type PartnerDetail = NonNullable<Awaited<ReturnType<typeof getPartner>>>;

/** For pages: a partner of the caller's organization, or the not-found page. */
export async function getPartnerOrThrow(db: Db, ctx: Ctx, id: string): Promise<PartnerDetail> {
  return (await getPartner(db, ctx, id)) ?? notFound();
}

/** The partner's contacts, by name, with private details withheld from viewers unless shared. */
export async function listContacts(db: Db, ctx: Ctx, partnerId: string) {
  if (!isUuid(partnerId)) return [];
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.partnerId, partnerId)))
    .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id));
  return rows.map((row) => redactContact(row, ctx.role));
}

export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

/** The members who may look after partners and hold interviews: active, not viewers, by name. */
export async function listOwnerOptions(db: Db, ctx: { orgId: string }) {
  const rows = await db
    .select({ value: memberships.id, label: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.orgId, ctx.orgId), eq(memberships.active, true), ne(memberships.role, 'viewer')),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(memberships.id));
  return rows;
}

/** Every member who may be named in the owner filter, the deactivated ones marked. */
export async function listOwnerFilterOptions(db: Db, ctx: { orgId: string }) {
  const rows = await db
    .select({ value: memberships.id, name: users.name, active: memberships.active })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.orgId))
    .orderBy(desc(memberships.active), asc(sql`lower(${users.name})`), asc(memberships.id));
  return rows.map((row) => ({
    value: row.value,
    label: row.active ? row.name : `${row.name} (deactivated)`,
  }));
}

/**
 * The priority-community tags already used in the organization, most used first, for suggestions
 * as people type. Spellings that differ only in case are offered once.
 */
export async function listPriorityCommunitySuggestions(db: Db, ctx: { orgId: string }, limit = 200) {
  const used = db
    .select({ tag: sql<string>`unnest(${partners.priorityCommunities})`.as('tag') })
    .from(partners)
    .where(eq(partners.orgId, ctx.orgId))
    .as('used');
  const rows = await db
    .select({ tag: used.tag, uses: count() })
    .from(used)
    .groupBy(used.tag)
    .orderBy(desc(count()), asc(used.tag))
    .limit(limit);
  const seen = new Set<string>();
  return rows
    .map((row) => row.tag)
    .filter((value) => {
      const key = value.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
