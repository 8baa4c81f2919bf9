import 'server-only';
import { type Db, type DbSource, openSource } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import type { MemberRole } from '@/lib/auth/roles';
import { today } from '@/lib/dates';
import { type ExportRow, exportPartners, partnerFeature } from '@/lib/partners/export';
import { emptyFilter, type PartnerFilter } from '@/lib/partners/filters';
import { archiveCsvFiles } from './csv-files';
import { archiveJsonName, archiveTableKeys, type OrganizationArchive } from './format';
import { kmlEnd, kmlStart, partnerPlacemark } from './kml';
import { loadOrganizationArchive } from './snapshot';
import type { ZipEntry } from './zip';

export type ExportCtx = {
  orgId: string;
  userId: string;
  role: MemberRole;
  name: string;
  email: string;
  orgName: string;
};

export type ExportKind = 'archive' | 'geojson' | 'kml';

/** Every partner, archived ones too: the GeoJSON and KML are for taking the whole map elsewhere. */
export const allPartners: PartnerFilter = { ...emptyFilter, archived: 'include' };

/** Every export leaves an audit entry: who took what, and when. */
export async function recordExport(db: Db, ctx: ExportCtx, kind: ExportKind): Promise<void> {
  await recordAudit(db, ctx, {
    action: 'organization.export',
    entityType: 'organization',
    entityId: ctx.orgId,
    after: { export: kind },
  });
}

/** partner-atlas-<organization>-2026-11-28.zip, in plain letters, dated today in the organization's zone. */
export function exportFilename(
  orgName: string,
  extension: string,
  timeZone: string,
  now = new Date(),
): string {
  const slug =
    orgName
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'organization';
  return `partner-atlas-${slug}-${today(timeZone, now)}.${extension}`;
}

/** organization.json in parts: one table at a time is turned into text. */
export function* archiveJsonParts(archive: OrganizationArchive): Generator<string> {
  const { format, formatVersion, exportedAt, exportedBy, organization } = archive;
  yield `{${JSON.stringify({ format, formatVersion, exportedAt, exportedBy, organization }).slice(1, -1)}`;
  for (const key of archiveTableKeys) yield `,${JSON.stringify(key)}:${JSON.stringify(archive[key])}`;
  yield '}\n';
}

async function partnerRows(db: Db, ctx: ExportCtx): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const batch of exportPartners(db, ctx, allPartners)) rows.push(...batch);
  return rows;
}

const readme = (archive: OrganizationArchive) => `Partner Atlas: everything ${archive.organization.name} holds
Exported ${archive.exportedAt} by ${archive.exportedBy.name} <${archive.exportedBy.email}>.
Archive format ${archive.format}, version ${archive.formatVersion}.

organization.json  Everything, in one document. Partner Atlas restores an empty organization from it
                   (Settings > Export and restore): upload this zip, or this file alone.
*.csv              One file per kind of record, with the same field names as organization.json,
                   for spreadsheets. Lists are one item per line; nested data is JSON.
interview-answers.csv  Each kept answer beside its question. Interviews without consent to keep
                   notes carry no answers, here or anywhere in the archive.
partners.geojson, partners.kml  The partners for other map tools (uMap, Google My Maps). A hidden
                   location has no point and no address; an approximate one is rounded to two
                   decimal places (about a kilometre). The KML leaves out partners with no point.
                   organization.json and partners.csv keep the locations as recorded.

Staff are listed without passwords. This archive holds people's names and contact details and what
community members said: keep it as carefully as the app itself.
`;

/** The archive's files, in the order they are zipped; the partner map files are read last. */
export async function* archiveEntries(db: DbSource, ctx: ExportCtx): AsyncGenerator<ZipEntry> {
  const archive = await loadOrganizationArchive(await openSource(db), ctx);
  yield ['README.txt', [readme(archive)]];
  yield [archiveJsonName, archiveJsonParts(archive)];
  for (const [name, text] of archiveCsvFiles(archive)) yield [name, [text]];
  const partners = await partnerRows(await openSource(db), ctx);
  yield [
    'partners.geojson',
    [
      '{"type":"FeatureCollection","features":[',
      partners.map((row) => JSON.stringify(partnerFeature(row))).join(','),
      ']}\n',
    ],
  ];
  yield [
    'partners.kml',
    [kmlStart(`${ctx.orgName}: partners`), partners.map(partnerPlacemark).join(''), kmlEnd],
  ];
}
