import 'server-only';
import { and, arrayOverlaps, eq, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { organizations, partners } from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { today } from '@/lib/dates';
import { containsPattern } from '@/lib/like';
import { healthCondition } from '@/lib/relationships/health';
import type { PartnerFilter } from './filters';
import { seesPrivateDetails } from './privacy';

function idsOrNone(
  column: typeof partners.primaryBranchId | typeof partners.ownerMembershipId,
  values: string[],
) {
  const ids = values.filter((v) => v !== 'none');
  const parts: SQL[] = [];
  if (ids.length) parts.push(inArray(column, ids));
  if (values.includes('none')) parts.push(isNull(column));
  return parts.length ? or(...parts) : undefined;
}

/**
 * Who is filtering: the organization, the role (a viewer's search must not find what a viewer may
 * not read), and, when the caller has read them, the organization's health cadence and time zone
 * (the auth context carries the zone).
 */
type FilterCtx = { orgId: string; role: MemberRole; healthCadenceDays?: number; timeZone?: string };

/**
 * The WHERE clause for a partner filter, always scoped to the caller's organization. The map route,
 * the list and the exports all use this, so each shows exactly the same partners. Health is
 * measured on the organization's day at `now` against its cadence: the zone and cadence given, else
 * read in the statement.
 */
export function partnerFilterWhere(ctx: FilterCtx, filter: PartnerFilter, now = new Date()): SQL {
  const conditions: (SQL | undefined)[] = [eq(partners.orgId, ctx.orgId)];
  if (filter.archived === 'exclude') conditions.push(isNull(partners.archivedAt));
  if (filter.archived === 'only') conditions.push(isNotNull(partners.archivedAt));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    // Viewers are not shown the address of a person, nor of a place whose location is withheld, so
    // their search does not look there either: a street name must not find who lives on it.
    const address = seesPrivateDetails(ctx.role)
      ? ilike(partners.address, pattern)
      : and(
          ilike(partners.address, pattern),
          sql`${partners.category} <> 'individual'`,
          eq(partners.locationPrecision, 'exact'),
        );
    conditions.push(or(ilike(partners.name, pattern), address, ilike(partners.description, pattern)));
  }
  if (filter.stages.length) conditions.push(inArray(partners.stage, filter.stages));
  if (filter.categories.length) conditions.push(inArray(partners.category, filter.categories));
  if (filter.sectors.length) conditions.push(arrayOverlaps(partners.sectors, filter.sectors));
  if (filter.ages.length) conditions.push(arrayOverlaps(partners.agesServed, filter.ages));
  if (filter.branches.length) conditions.push(idsOrNone(partners.primaryBranchId, filter.branches));
  if (filter.owners.length) conditions.push(idsOrNone(partners.ownerMembershipId, filter.owners));
  if (filter.health?.length) {
    const cadence =
      ctx.healthCadenceDays ??
      sql`(select ${organizations.healthCadenceDays} from ${organizations} where ${organizations.id} = ${ctx.orgId})`;
    const day = ctx.timeZone
      ? today(ctx.timeZone, now)
      : sql`(${now.toISOString()}::timestamptz at time zone (select ${organizations.timeZone} from ${organizations} where ${organizations.id} = ${ctx.orgId}))::date`;
    conditions.push(healthCondition(partners.lastInteractionAt, filter.health, cadence, day));
  }
  return and(...conditions)!;
}
