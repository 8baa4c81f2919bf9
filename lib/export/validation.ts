import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { memberRoles } from '@/db/schema/roles';
import { agesServed, geocoderKinds, questionKinds, sectors } from '@/db/schema/vocabulary';
import { timeZoneSchema } from '@/lib/dates/schemas';
import {
  cadenceLimits,
  isSafeAttribution,
  offlineTiles,
  tileUrlProblem,
} from '@/lib/organization/validation';
import { answerPeriodLimits, importDaysLimits } from '@/lib/retention/settings';
import { archiveFormat, archiveFormatVersion, archiveTableKeys } from './format';
import { type PlainTableKey, plainTables, type TableSpec } from './tables';

// What a restore accepts, built from the table definitions themselves, so a row that the database
// would refuse (or store wrongly) is refused first, with its table and row named.

const id = z.guid();
const longText = z.string().max(1_000_000);
const timestamp = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a date and time')
  .transform((value) => new Date(value));
const day = z.iso.date();

const questionSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(questionKinds),
  prompt: longText,
  hint: longText,
  options: z.array(longText),
});
const sectionsSchema = z.array(
  z.object({
    id: z.string().min(1).max(200),
    title: longText,
    hint: longText,
    questions: z.array(questionSchema),
  }),
);
const answersSchema = z.record(z.string(), z.union([longText, z.array(longText), z.number()]));
const pendingSchema = z.object({
  followUps: z.array(
    z.object({ key: z.string(), description: longText, assigneeMembershipId: z.string(), dueOn: z.string() }),
  ),
  referrals: z.array(
    z.object({
      key: z.string(),
      name: longText,
      organizationName: longText,
      howToReach: longText,
      reason: longText,
      maySayWhoSuggested: z.boolean(),
    }),
  ),
});

/** jsonb columns with a shape the app relies on; any other jsonb (the audit's before and after) is free. */
const jsonShapes: Record<string, z.ZodType> = {
  sections: sectionsSchema,
  answers: answersSchema,
  pending: pendingSchema,
  // An area's shape: GeoJSON MultiPolygon coordinates (lib/areas/shapes.ts checks uploads the same way).
  polygons: z
    .array(
      z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4)).min(1),
    )
    .min(1),
};

/** A link the app puts in an href: only web addresses, never javascript: or data: ones. */
function isWebAddress(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
const webAddressColumns = new Set(['website', 'url']);
/** Lists of vocabulary keys: a key the app does not know would show as nothing at all. */
const keyLists: Record<string, z.ZodType> = {
  sectors: z.array(z.enum(sectors)),
  agesServed: z.array(z.enum(agesServed)),
};
const coordinateRanges: Record<string, number> = { latitude: 90, longitude: 180 };

function columnSchema(name: string, column: PgColumn): z.ZodType {
  let schema: z.ZodType;
  switch (column.columnType) {
    case 'PgUUID':
      schema = id;
      break;
    case 'PgText':
      schema = webAddressColumns.has(name)
        ? longText.refine(isWebAddress, 'not a web address (http or https)')
        : longText;
      break;
    case 'PgEnumColumn':
      schema = z.enum(column.enumValues as [string, ...string[]]);
      break;
    case 'PgArray':
      schema = keyLists[name] ?? z.array(longText);
      break;
    case 'PgDoublePrecision': {
      const range = coordinateRanges[name];
      schema = range ? z.number().min(-range).max(range) : z.number();
      break;
    }
    case 'PgInteger':
      schema = z.number().int().min(-2_147_483_648).max(2_147_483_647);
      break;
    case 'PgSmallInt':
      schema = z.number().int().min(-32_768).max(32_767);
      break;
    case 'PgBoolean':
      schema = z.boolean();
      break;
    case 'PgDateString':
      schema = day;
      break;
    case 'PgTimestamp':
      schema = timestamp;
      break;
    case 'PgJsonb':
      schema = jsonShapes[name] ?? z.record(z.string(), z.unknown());
      break;
    default:
      throw new Error(`No archive rule for ${column.columnType}`);
  }
  return column.notNull ? schema : schema.nullable();
}

function rowSchema(table: PgTable, omit: string[] = ['orgId']) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(getTableColumns(table) as Record<string, PgColumn>)) {
    if (omit.includes(name)) continue;
    // A column that may be empty may also be missing: an archive written before it was added.
    shape[name] = column.notNull ? columnSchema(name, column) : columnSchema(name, column).optional();
  }
  return z.object(shape);
}

const staffSchema = z.object({
  id,
  userId: id,
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(memberRoles),
  homeBranchId: id.nullable(),
  active: z.boolean(),
  deactivatedAt: timestamp.nullable(),
  lastSignInAt: timestamp.nullable(),
  version: z.number().int().min(1),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const hideSchema = z.object({
  builtinKey: z.string().min(1).max(200),
  hiddenByUserId: id.nullable(),
  hiddenAt: timestamp,
});

const organizationSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  mapCenterLat: z.number().min(-90).max(90),
  mapCenterLng: z.number().min(-180).max(180),
  mapZoom: z.number().int().min(0).max(22),
  // The same rules as the organization settings form: the credit line is shown as HTML.
  tileUrl: z
    .string()
    .max(500)
    .refine((url) => url === offlineTiles || !tileUrlProblem(url), 'not a map tile address')
    .nullable(),
  tileAttribution: z.string().max(300).refine(isSafeAttribution, 'HTML other than plain links').nullable(),
  geocoder: z.enum(geocoderKinds),
  healthCadenceDays: z.number().int().min(cadenceLimits.min).max(cadenceLimits.max),
  // Retention (decision 0017); an archive written before it keeps the organization's own.
  interviewAnswersKeepMonths: z
    .number()
    .int()
    .min(answerPeriodLimits.months.min)
    .max(answerPeriodLimits.months.max)
    .nullable()
    .optional(),
  importFilesKeepDays: z.number().int().min(importDaysLimits.min).max(importDaysLimits.max).optional(),
  // The time zone (decision 0019); an archive written before it keeps the organization's own.
  timeZone: timeZoneSchema.optional(),
  timeZoneConfirmed: z.boolean().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type ParsedRow = Record<string, unknown>;

const addedAfterFirstFormat = new Set<string>(['areaSets', 'areas']);

const tableSchemas = Object.fromEntries(
  archiveTableKeys.map((key) => {
    if (key === 'staff') return [key, z.array(staffSchema)];
    if (key === 'resourceHides') return [key, z.array(hideSchema)];
    const spec: TableSpec = plainTables[key as PlainTableKey];
    const rows = z.array(rowSchema(spec.table, ['orgId', ...(spec.omit ?? [])]));
    // Tables added after format 1: an older archive has none of them.
    return [key, addedAfterFirstFormat.has(key) ? rows.default([]) : rows];
  }),
) as unknown as Record<(typeof archiveTableKeys)[number], z.ZodType<ParsedRow[], unknown>>;

/** The head alone: read first, so a newer version is refused with its own message. */
export const archiveHeadSchema = z.object({
  format: z.literal(archiveFormat),
  formatVersion: z.number().int().min(1),
});

export const archiveSchema = z.object({
  format: z.literal(archiveFormat),
  formatVersion: z.number().int().min(1).max(archiveFormatVersion),
  exportedAt: z.string(),
  exportedBy: z.object({ name: z.string(), email: z.string() }),
  organization: organizationSchema,
  ...tableSchemas,
});

export type ParsedArchive = z.output<typeof archiveSchema>;

/** The first problem, in words an admin can act on: which table, which row, which field. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The archive could not be read.';
  const [table, row, field] = issue.path;
  if (typeof table === 'string' && typeof row === 'number') {
    return `${table}, row ${row + 1}${typeof field === 'string' ? `, field “${field}”` : ''}: ${issue.message}`;
  }
  return `${issue.path.join('.') || 'the document'}: ${issue.message}`;
}
