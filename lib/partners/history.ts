import 'server-only';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries, partners, users } from '@/db/schema';
import { auditDetailsErased, describeAuditAction, describeField } from '@/lib/audit/describe';
import type { MemberRole } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { type AddressView, addressViewFor, areaOf, seesPrivateDetails } from './privacy';
import {
  ageLabels,
  categoryLabels,
  depthLabels,
  formalityLabels,
  foundViaLabels,
  labelOf,
  labelsOf,
  precisionLabels,
  sectorLabels,
  stageLabels,
} from './vocabulary';

type Ctx = { orgId: string; role: MemberRole };

export type HistoryChange = { field: string; label: string; before: string; after: string };
export type HistoryEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  /** "Updated partner", "Added contact"… */
  what: string;
  /** For a contact entry, the contact's name. */
  contactName: string | null;
  /** The person's details were removed from this entry (a removed contact, a forgotten person). */
  erased: boolean;
  changes: HistoryChange[];
};

// Ids and bookkeeping the snapshots carry for the record, not for reading.
const internalFields = new Set([
  'partnerId',
  'partnerName',
  'primaryBranchId',
  'ownerMembershipId',
  'version',
  'detailsErased',
]);

// PostgreSQL's jsonb keeps keys in its own order, so changes are shown in the form's order instead.
const fieldOrder = [
  'name',
  'category',
  'sectors',
  'agesServed',
  'priorityCommunities',
  'description',
  'strengths',
  'interests',
  'address',
  'latitude',
  'longitude',
  'locationPrecision',
  'website',
  'role',
  'phone',
  'email',
  'preferredLanguage',
  'notes',
  'shareWithViewers',
  'primaryBranchName',
  'ownerName',
  'stage',
  'endedReason',
  'depth',
  'formality',
  'nextFollowUpOn',
  'foundVia',
  'foundViaNote',
  'archivedAt',
];

function byFormOrder(a: string, b: string): number {
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

const keyLabels: Record<string, Record<string, string>> = {
  category: categoryLabels,
  stage: stageLabels,
  depth: depthLabels,
  formality: formalityLabels,
  locationPrecision: precisionLabels,
  foundVia: foundViaLabels,
};
const listLabels: Record<string, Record<string, string>> = { sectors: sectorLabels, agesServed: ageLabels };

/** A recorded value in words: vocabulary keys as their labels, lists joined, empty as ''. */
export function formatHistoryValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) {
    const list = listLabels[field];
    return list ? labelsOf(list, value.map(String)) : value.map(String).join(', ');
  }
  const labels = keyLabels[field];
  if (labels && typeof value === 'string') return labelOf(labels, value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const addressViews: AddressView[] = ['none', 'area', 'full'];

/** The least of the address views: an entry shows an address only as far as every version allows. */
function strictest(views: AddressView[]): AddressView {
  return addressViews[Math.min(...views.map((view) => addressViews.indexOf(view)))]!;
}

type PlaceNow = { category: string; locationPrecision: string };

/**
 * What a reader below staff may read of an entry (see ./privacy.ts for the same rules on records):
 * a contact's private details never; a partner's point never (the page shows it at the precision
 * allowed); its address as far as the partner now, and the entry's before and after, all allow, so
 * that hiding a safe house also hides the addresses its history recorded.
 */
function readableSnapshot(
  entityType: string,
  snapshot: Record<string, unknown>,
  views: AddressView,
): Record<string, unknown> {
  const out = { ...snapshot };
  if (entityType === 'contact') {
    for (const field of ['email', 'phone', 'notes']) delete out[field];
    return out;
  }
  delete out.latitude;
  delete out.longitude;
  if (snapshot.category === 'individual') {
    delete out.phone;
    delete out.email;
  }
  if (views === 'none') delete out.address;
  else if (views === 'area' && typeof out.address === 'string') out.address = areaOf(out.address);
  return out;
}

function viewOf(role: MemberRole, snapshot: Record<string, unknown>, now: PlaceNow): AddressView {
  return addressViewFor(role, {
    category: typeof snapshot.category === 'string' ? snapshot.category : now.category,
    locationPrecision:
      typeof snapshot.locationPrecision === 'string' ? snapshot.locationPrecision : now.locationPrecision,
  });
}

function changesOf(
  entityType: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  role: MemberRole,
  place: PlaceNow,
): HistoryChange[] {
  let was = before ?? {};
  let now = after ?? {};
  if (!seesPrivateDetails(role)) {
    const views = strictest([
      addressViewFor(role, place),
      viewOf(role, was, place),
      viewOf(role, now, place),
    ]);
    was = readableSnapshot(entityType, was, views);
    now = readableSnapshot(entityType, now, views);
  }
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort(byFormOrder);
  return fields.flatMap((field) => {
    if (internalFields.has(field)) return [];
    const beforeText = formatHistoryValue(field, was[field]);
    const afterText = formatHistoryValue(field, now[field]);
    if (beforeText === afterText) return [];
    return [{ field, label: describeField(field), before: beforeText, after: afterText }];
  });
}

/**
 * The partner's change history from the audit log: its own entries and its contacts', newest
 * first, with who made each change. A viewer reads it with private details left out.
 */
export async function partnerHistory(
  db: Db,
  ctx: Ctx,
  partnerId: string,
  { limit = 100 }: { limit?: number } = {},
): Promise<HistoryEntry[]> {
  if (!isUuid(partnerId)) return [];
  // Where the partner stands now decides how much of any address its history shows.
  const [partner] = await db
    .select({ category: partners.category, locationPrecision: partners.locationPrecision })
    .from(partners)
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, partnerId)));
  if (!partner) return [];
  const rows = await db
    .select({
      id: auditEntries.id,
      action: auditEntries.action,
      entityType: auditEntries.entityType,
      before: auditEntries.before,
      after: auditEntries.after,
      createdAt: auditEntries.createdAt,
      actorName: users.name,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(
      and(
        eq(auditEntries.orgId, ctx.orgId),
        or(
          and(eq(auditEntries.entityType, 'partner'), eq(auditEntries.entityId, partnerId)),
          and(
            eq(auditEntries.entityType, 'contact'),
            or(
              sql`${auditEntries.after}->>'partnerId' = ${partnerId}`,
              sql`${auditEntries.before}->>'partnerId' = ${partnerId}`,
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(limit);
  return rows.map((row) => {
    const name = row.after?.name ?? row.before?.name;
    return {
      id: row.id,
      at: row.createdAt,
      actorName: row.actorName,
      action: row.action,
      what: describeAuditAction(row.action),
      contactName: row.entityType === 'contact' && typeof name === 'string' ? name : null,
      erased: auditDetailsErased(row),
      changes: changesOf(row.entityType, row.before ?? null, row.after ?? null, ctx.role, partner),
    };
  });
}
