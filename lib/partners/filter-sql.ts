import { and, arrayOverlaps, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { partners } from '@/db/schema';
import type { PartnerFilter } from './filters';

/** Escapes LIKE's wildcards so a search for "50%" finds "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

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
 * The WHERE clause for a partner filter, always scoped to the caller's organization. The map route,
 * the list and the exports all use this, so each shows exactly the same partners.
 */
export function partnerFilterWhere(ctx: { orgId: string }, filter: PartnerFilter): SQL {
  const conditions: (SQL | undefined)[] = [eq(partners.orgId, ctx.orgId)];
  if (filter.archived === 'exclude') conditions.push(isNull(partners.archivedAt));
  if (filter.archived === 'only') conditions.push(isNotNull(partners.archivedAt));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(
      or(
        ilike(partners.name, pattern),
        ilike(partners.address, pattern),
        ilike(partners.description, pattern),
      ),
    );
  }
  if (filter.stages.length) conditions.push(inArray(partners.stage, filter.stages));
  if (filter.categories.length) conditions.push(inArray(partners.category, filter.categories));
  if (filter.sectors.length) conditions.push(arrayOverlaps(partners.sectors, filter.sectors));
  if (filter.ages.length) conditions.push(arrayOverlaps(partners.agesServed, filter.ages));
  if (filter.branches.length) conditions.push(idsOrNone(partners.primaryBranchId, filter.branches));
  if (filter.owners.length) conditions.push(idsOrNone(partners.ownerMembershipId, filter.owners));
  return and(...conditions)!;
}
