import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { memberships, partners, users } from '@/db/schema';
import { type RelationshipStage, relationshipStages } from '@/db/schema/vocabulary';
import type { MemberRole } from '@/lib/auth/roles';
import { partnerFilterWhere } from '@/lib/partners/filter-sql';
import type { PartnerFilter } from '@/lib/partners/filters';

type Ctx = { orgId: string; role: MemberRole; healthCadenceDays?: number; timeZone?: string };

/** Cards a column shows before "Show all": enough to work with, few enough to stay quick. */
export const boardColumnCap = 40;
/** The most a column ever shows at once, even when opened in full. */
export const boardColumnMax = 1000;

const ownerUsers = alias(users, 'board_owner_users');
const ownerMemberships = alias(memberships, 'board_owner_memberships');

/**
 * The board: a column per stage (the stages the filter asks for, else all, in path order) with how
 * many partners match and the first of them by name. Columns named in `expanded` show up to
 * boardColumnMax. Uses the shared partner filter, so it shows what the map and the list show.
 */
export async function boardColumns(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  { expanded = [], now = new Date() }: { expanded?: RelationshipStage[]; now?: Date } = {},
) {
  const stages = filter.stages.length
    ? relationshipStages.filter((stage) => filter.stages.includes(stage))
    : [...relationshipStages];
  const where = partnerFilterWhere(ctx, filter, now);
  const counts = await db
    .select({ stage: partners.stage, value: count() })
    .from(partners)
    .where(where)
    .groupBy(partners.stage);
  const cards = await Promise.all(
    stages.map((stage) =>
      db
        .select({
          id: partners.id,
          name: partners.name,
          category: partners.category,
          stage: partners.stage,
          version: partners.version,
          lastInteractionAt: partners.lastInteractionAt,
          ownerName: ownerUsers.name,
        })
        .from(partners)
        .leftJoin(
          ownerMemberships,
          and(
            eq(ownerMemberships.id, partners.ownerMembershipId),
            eq(ownerMemberships.orgId, partners.orgId),
          ),
        )
        .leftJoin(ownerUsers, eq(ownerUsers.id, ownerMemberships.userId))
        .where(and(where, eq(partners.stage, stage)))
        .orderBy(asc(sql`lower(${partners.name})`), asc(partners.id))
        .limit(expanded.includes(stage) ? boardColumnMax : boardColumnCap),
    ),
  );
  return stages.map((stage, index) => ({
    stage,
    total: counts.find((row) => row.stage === stage)?.value ?? 0,
    partners: cards[index]!,
  }));
}

export type BoardColumn = Awaited<ReturnType<typeof boardColumns>>[number];
