import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { partners } from '@/db/schema';
import {
  type AgeServed,
  type AssetCategory,
  type RelationshipStage,
  relationshipStages,
} from '@/db/schema/vocabulary';
import type { Day } from '@/lib/dates';
import { type HealthLevel, healthCondition, healthExpression } from '@/lib/relationships/health';
import { partnerJoin, partnerScope, periodInstants, rowsOf, type Scope, strongStages } from './sql';

// Where the organization's relationships stand: counts over its partners that are not archived.
// One query per section, always inside the caller's organization.

export type Headline = {
  /** Every partner of the organization, whatever the filter: zero means a brand-new dashboard. */
  organizationPartners: number;
  partners: number;
  strong: number;
  newInPeriod: number;
  interviews: number;
  overdueFollowUps: number;
};

export async function headlineNumbers(db: Db, { ctx, filter, period }: Scope, today: Day) {
  const { start, end } = periodInstants(period, ctx.timeZone);
  const [row] = await rowsOf<Headline>(
    db,
    sql`select
      (select count(*)::int from partners where org_id = ${ctx.orgId} and archived_at is null) as "organizationPartners",
      count(*)::int as "partners",
      (count(*) filter (where p.stage in ${strongStages}))::int as "strong",
      (count(*) filter (where p.created_at >= ${start} and p.created_at < ${end}))::int as "newInPeriod",
      (select count(*)::int from interviews iv
        ${partnerJoin(filter, sql`left join partners p on p.id = iv.partner_id and p.org_id = iv.org_id`)}
        where iv.org_id = ${ctx.orgId} and iv.status = 'complete'
          and iv.held_on between ${period.from}::date and ${period.to}::date
          and ${partnerScope(filter, 'p')}) as "interviews",
      (select count(*)::int from follow_ups f
        left join interviews iv on iv.id = f.interview_id and iv.org_id = f.org_id
        ${partnerJoin(filter, sql`left join partners p on p.id = coalesce(f.partner_id, iv.partner_id) and p.org_id = f.org_id`)}
        where f.org_id = ${ctx.orgId} and f.status = 'open' and f.due_on < ${today}::date
          and ${partnerScope(filter, 'p')}) as "overdueFollowUps"
    from partners p
    where p.org_id = ${ctx.orgId} and p.archived_at is null and ${partnerScope(filter, 'p')}`,
  );
  return row!;
}

export type FunnelRow = { stage: RelationshipStage; partners: number };

/** Partners at each stage today, every stage listed (zero included), in path order. */
export async function stageFunnel(db: Db, { ctx, filter }: Scope): Promise<FunnelRow[]> {
  const rows = await rowsOf<FunnelRow>(
    db,
    sql`select p.stage, count(*)::int as partners from partners p
      where p.org_id = ${ctx.orgId} and p.archived_at is null and ${partnerScope(filter, 'p')}
      group by p.stage`,
  );
  const byStage = new Map(rows.map((row) => [row.stage, row.partners]));
  return relationshipStages.map((stage) => ({ stage, partners: byStage.get(stage) ?? 0 }));
}

export type CoverageCell = {
  /** Null on the organization-wide rows (all branches together). */
  branchId: string | null;
  allBranches: boolean;
  category: AssetCategory;
  /** Null counts partners with no ages recorded. */
  age: AgeServed | null;
  partners: number;
};

/**
 * Partners per asset category and age served, for all branches together and for each branch
 * (grouping sets: one pass). A partner serving three ages counts in three cells.
 */
export async function coverageCells(db: Db, { ctx, filter }: Scope): Promise<CoverageCell[]> {
  return rowsOf<CoverageCell>(
    db,
    sql`select p.primary_branch_id as "branchId", grouping(p.primary_branch_id) = 1 as "allBranches",
        p.category, a.age, count(*)::int as partners
      from partners p left join lateral unnest(p.ages_served) as a(age) on true
      where p.org_id = ${ctx.orgId} and p.archived_at is null and ${partnerScope(filter, 'p')}
      group by grouping sets ((p.category, a.age), (p.primary_branch_id, p.category, a.age))`,
  );
}

export type BranchRow = {
  branchId: string | null;
  branchName: string | null;
  partners: number;
  strong: number;
};

/** Partners per primary branch (every branch, empty ones too), then those with none. */
export async function partnersPerBranch(db: Db, { ctx, filter }: Scope): Promise<BranchRow[]> {
  const branchOnly =
    filter.branch === 'none' ? sql`false` : filter.branch ? sql`b.id = ${filter.branch}::uuid` : sql`true`;
  return rowsOf<BranchRow>(
    db,
    sql`with counted as (
        select p.primary_branch_id as bid, count(*)::int as partners,
          (count(*) filter (where p.stage in ${strongStages}))::int as strong
        from partners p
        where p.org_id = ${ctx.orgId} and p.archived_at is null and ${partnerScope(filter, 'p')}
        group by p.primary_branch_id)
      select * from (
        select b.id as "branchId", b.name as "branchName", coalesce(c.partners, 0) as partners,
          coalesce(c.strong, 0) as strong
        from branches b left join counted c on c.bid = b.id
        where b.org_id = ${ctx.orgId} and ${branchOnly}
        union all
        select null, null, c.partners, c.strong from counted c where c.bid is null) rows
      order by "branchId" is null, partners desc, lower("branchName")`,
  );
}

export type ColdPartner = {
  id: string;
  name: string;
  stage: RelationshipStage;
  branchName: string | null;
  lastInteractionAt: string;
  health: Extract<HealthLevel, 'cold' | 'cooling'>;
};

export type GoingCold = {
  partners: ColdPartner[];
  counts: Record<'cold' | 'cooling' | 'none', number>;
};

/** Stages where a relationship is meant to be alive: paused and ended ones are left to cool. */
const activeStages = sql`('identified', 'reached_out', 'connected', 'collaborating', 'sustained')`;

/**
 * Cold and cooling partners, longest without contact first, with how many there are in all (and
 * how many have had no contact yet). Partners only, never people: no liaison, no contact details.
 */
export async function goingCold(
  db: Db,
  { ctx, filter }: Scope,
  health: { cadenceDays: number; today: Day; limit: number },
): Promise<GoingCold> {
  const level = healthExpression(partners.lastInteractionAt, health.cadenceDays, health.today);
  const coolingOrCold = healthCondition(
    partners.lastInteractionAt,
    ['cold', 'cooling'],
    health.cadenceDays,
    health.today,
  );
  const scoped = sql`partners.org_id = ${ctx.orgId} and partners.archived_at is null
    and partners.stage in ${activeStages} and ${partnerScope(filter, 'partners')}`;
  const rows = await rowsOf<Partial<ColdPartner> & { cold: number; cooling: number; none: number }>(
    db,
    sql`select list.*, counts.* from (
        select partners.id, partners.name, partners.stage, b.name as "branchName",
          -- The stored day of the last contact (its midnight UTC: storedDay in lib/dates).
          to_char(partners.last_interaction_at at time zone 'UTC', 'YYYY-MM-DD') as "lastInteractionAt",
          ${level} as health
        from partners left join branches b on b.id = partners.primary_branch_id and b.org_id = partners.org_id
        where ${scoped} and ${coolingOrCold}
        order by partners.last_interaction_at asc, lower(partners.name), partners.id
        limit ${health.limit}) list
      right join (
        select (count(*) filter (where ${level} = 'cold'))::int as cold,
          (count(*) filter (where ${level} = 'cooling'))::int as cooling,
          (count(*) filter (where partners.last_interaction_at is null))::int as none
        from partners where ${scoped}) counts on true`,
  );
  const first = rows[0];
  return {
    partners: rows
      .filter((row) => row.id)
      .map(({ cold: _c, cooling: _w, none: _n, ...row }) => row as ColdPartner),
    counts: { cold: first?.cold ?? 0, cooling: first?.cooling ?? 0, none: first?.none ?? 0 },
  };
}
