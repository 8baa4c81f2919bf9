import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, type DbSource, openSource } from '@/db/client';
import { branches, contacts, memberships, partners, users } from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { csvBom, csvLineWithNumbers } from '@/lib/csv/cell';
import { dayOf, localDateTime, today } from '@/lib/dates';
import { partnerFilterWhere } from './filter-sql';
import type { PartnerFilter } from './filters';
import { approximate, redactContact, redactPartner } from './privacy';
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

const ownerMemberships = alias(memberships, 'export_owner_memberships');
const ownerUsers = alias(users, 'export_owner_users');

async function batchOf(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  after: { key: string; id: string } | null,
  size: number,
) {
  const sortKey = sql<string>`lower(${partners.name})`;
  const rows = await db
    .select({
      id: partners.id,
      name: partners.name,
      category: partners.category,
      sectors: partners.sectors,
      agesServed: partners.agesServed,
      priorityCommunities: partners.priorityCommunities,
      stage: partners.stage,
      endedReason: partners.endedReason,
      depth: partners.depth,
      formality: partners.formality,
      description: partners.description,
      strengths: partners.strengths,
      interests: partners.interests,
      address: partners.address,
      latitude: partners.latitude,
      longitude: partners.longitude,
      locationPrecision: partners.locationPrecision,
      website: partners.website,
      phone: partners.phone,
      email: partners.email,
      branchName: branches.name,
      ownerName: ownerUsers.name,
      nextFollowUpOn: partners.nextFollowUpOn,
      foundVia: partners.foundVia,
      foundViaNote: partners.foundViaNote,
      archivedAt: partners.archivedAt,
      updatedAt: partners.updatedAt,
      sortKey,
    })
    .from(partners)
    .leftJoin(branches, and(eq(branches.id, partners.primaryBranchId), eq(branches.orgId, partners.orgId)))
    .leftJoin(
      ownerMemberships,
      and(eq(ownerMemberships.id, partners.ownerMembershipId), eq(ownerMemberships.orgId, partners.orgId)),
    )
    .leftJoin(ownerUsers, eq(ownerUsers.id, ownerMemberships.userId))
    .where(
      and(
        partnerFilterWhere(ctx, filter),
        after ? sql`(${sortKey}, ${partners.id}) > (${after.key}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(partners.id))
    .limit(size);
  const ids = rows.map((row) => row.id);
  const people = ids.length
    ? await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.orgId, ctx.orgId), inArray(contacts.partnerId, ids)))
        .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id))
    : [];
  return rows.map((row) => ({
    ...exportLocation(redactPartner(row, ctx.role)),
    contacts: people.filter((c) => c.partnerId === row.id).map((c) => redactContact(c, ctx.role)),
  }));
}

/**
 * The point an export may carry, whoever asks: none for a hidden location (nor the address, which
 * would give it away), two decimals (about a kilometre) for an approximate one.
 */
function exportLocation<
  T extends { locationPrecision: string; latitude: number | null; longitude: number | null; address: string },
>(row: T): T {
  if (row.locationPrecision === 'hidden') return { ...row, latitude: null, longitude: null, address: '' };
  if (row.locationPrecision === 'approximate' && row.latitude !== null && row.longitude !== null) {
    return { ...row, latitude: approximate(row.latitude), longitude: approximate(row.longitude) };
  }
  return row;
}

export type ExportRow = Awaited<ReturnType<typeof batchOf>>[number];

/**
 * The partners matching the shared filter, as the caller's role may see them, in batches by name.
 * It pages by position (name, id), so a long download neither repeats nor skips a partner.
 */
export async function* exportPartners(
  db: DbSource,
  ctx: Ctx,
  filter: PartnerFilter,
  { batchSize = 500 }: { batchSize?: number } = {},
): AsyncGenerator<ExportRow[]> {
  let after: { key: string; id: string } | null = null;
  for (;;) {
    const rows = await batchOf(await openSource(db), ctx, filter, after, batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { key: last.sortKey, id: last.id };
  }
}

/** The CSV's columns; the times are in the organization's zone, which the last one names. */
export const partnerCsvColumns = (timeZone: string) => [
  'Name',
  'Category',
  'Sectors',
  'Ages served',
  'Priority communities',
  'Stage',
  'Why it ended',
  'Depth',
  'Formality',
  'Description',
  'What they bring',
  'What they want',
  'Address',
  'Latitude',
  'Longitude',
  'Location precision',
  'Website',
  'Phone',
  'Email',
  'Primary branch',
  'Staff liaison',
  'Next follow-up',
  'How we found them',
  'How we found them (note)',
  'Contacts',
  'Archived',
  `Last updated (${timeZone})`,
  'ID',
];

/** A contact on one line: name, role, then whatever details the reader may see. */
function contactText(contact: ExportRow['contacts'][number]): string {
  const details = [
    contact.email,
    contact.phone,
    contact.preferredLanguage && `speaks ${contact.preferredLanguage}`,
  ];
  const role = contact.role ? ` (${contact.role})` : '';
  return [`${contact.name}${role}`, ...details.filter(Boolean)].join(', ');
}

/** One partner as CSV cells, in the order of partnerCsvColumns; days and times in `timeZone`. */
export function partnerCsvCells(row: ExportRow, timeZone: string): unknown[] {
  return [
    row.name,
    labelOf(categoryLabels, row.category),
    labelsOf(sectorLabels, row.sectors),
    labelsOf(ageLabels, row.agesServed),
    row.priorityCommunities.join(', '),
    labelOf(stageLabels, row.stage),
    row.endedReason,
    labelOf(depthLabels, row.depth),
    labelOf(formalityLabels, row.formality),
    row.description,
    row.strengths,
    row.interests,
    row.address,
    row.latitude,
    row.longitude,
    labelOf(precisionLabels, row.locationPrecision),
    row.website,
    row.phone,
    row.email,
    row.branchName ?? '',
    row.ownerName ?? '',
    row.nextFollowUpOn ?? '',
    labelOf(foundViaLabels, row.foundVia),
    row.foundViaNote,
    row.contacts.map(contactText).join('\n'),
    row.archivedAt ? dayOf(row.archivedAt, timeZone) : '',
    localDateTime(row.updatedAt, timeZone),
    row.id,
  ];
}

/** One partner as a GeoJSON feature; a partner with no point (or a hidden one) has a null geometry. */
export function partnerFeature(row: ExportRow) {
  const point = row.latitude !== null && row.longitude !== null;
  return {
    type: 'Feature' as const,
    id: row.id,
    geometry: point ? { type: 'Point' as const, coordinates: [row.longitude, row.latitude] } : null,
    properties: {
      name: row.name,
      category: row.category,
      categoryLabel: labelOf(categoryLabels, row.category),
      stage: row.stage,
      stageLabel: labelOf(stageLabels, row.stage),
      sectors: row.sectors,
      agesServed: row.agesServed,
      priorityCommunities: row.priorityCommunities,
      locationPrecision: row.locationPrecision,
      address: row.address,
      website: row.website,
      phone: row.phone,
      email: row.email,
      primaryBranch: row.branchName,
      staffLiaison: row.ownerName,
      nextFollowUpOn: row.nextFollowUpOn,
      archived: row.archivedAt !== null,
      updatedAt: row.updatedAt.toISOString(),
      contacts: row.contacts.map((c) => ({
        name: c.name,
        role: c.role,
        email: c.email,
        phone: c.phone,
        preferredLanguage: c.preferredLanguage,
      })),
    },
  };
}

/** partners-2026-03-04.csv, dated today in the organization's zone. */
export function partnerExportFilename(format: 'csv' | 'geojson', timeZone: string, now = new Date()): string {
  return `partners-${today(timeZone, now)}.${format}`;
}

function streamOf(
  batches: AsyncIterable<ExportRow[]>,
  start: string,
  write: (rows: ExportRow[], first: boolean) => string,
  end: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(start));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        if (end) controller.enqueue(encoder.encode(end));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(write(next.value, first)));
      first = false;
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/** The CSV file, with a byte-order mark so that Excel reads accented names as UTF-8. */
export function partnerCsvStream(
  batches: AsyncIterable<ExportRow[]>,
  timeZone: string,
): ReadableStream<Uint8Array> {
  return streamOf(
    batches,
    `${csvBom}${csvLineWithNumbers(partnerCsvColumns(timeZone))}`,
    (rows) => rows.map((row) => csvLineWithNumbers(partnerCsvCells(row, timeZone))).join(''),
    '',
  );
}

/** A GeoJSON FeatureCollection (RFC 7946), written feature by feature. */
export function partnerGeoJsonStream(batches: AsyncIterable<ExportRow[]>): ReadableStream<Uint8Array> {
  return streamOf(
    batches,
    '{"type":"FeatureCollection","features":[',
    (rows, first) => (first ? '' : ',') + rows.map((row) => JSON.stringify(partnerFeature(row))).join(','),
    ']}\n',
  );
}
