import 'server-only';
import { and, asc, eq, getTableColumns, isNotNull } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { memberships, organizations, resourceHides, resources, users } from '@/db/schema';
import { type ArchiveRow, archiveFormat, archiveFormatVersion, type OrganizationArchive } from './format';
import { type PlainTableKey, plainTables, type TableSpec } from './tables';

type Ctx = { orgId: string; name: string; email: string };

/** A database row as archive JSON: no orgId, timestamps as ISO 8601 text. */
export function toArchiveRow(row: Record<string, unknown>): ArchiveRow {
  const out: ArchiveRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'orgId') continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * What the archive keeps of an interview (decision 0008): without consent to keep notes, no
 * answers, whatever an older row might still hold.
 */
export function interviewForArchive(row: ArchiveRow): ArchiveRow {
  return row.consentNotes === true ? row : { ...row, answers: {} };
}

async function rowsOf(db: Db, spec: TableSpec, orgId: string): Promise<ArchiveRow[]> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const orgColumn = columns.orgId!;
  const order = [columns.createdAt, columns.changedAt, columns.id].filter(Boolean) as PgColumn[];
  const rows = await db
    .select()
    .from(spec.table)
    // Built-in resources have no organization, so only the organization's own come out here.
    .where(eq(orgColumn, orgId))
    .orderBy(...(order.length ? order.map((c) => asc(c)) : Object.values(columns).map((c) => asc(c))));
  const omit = new Set(spec.omit ?? []);
  return rows.map((row) =>
    toArchiveRow(Object.fromEntries(Object.entries(row).filter(([key]) => !omit.has(key)))),
  );
}

/**
 * Everything the organization holds, read in one transaction so every reference inside it points at
 * a row that is there too. Staff come without passwords or session data; built-in resources (the
 * same for everyone) are named by their key, never copied.
 */
export async function loadOrganizationArchive(db: Db, ctx: Ctx): Promise<OrganizationArchive> {
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, ctx.orgId));
    if (!org) throw new Error('The organization is gone.');
    const { version: _version, ...orgFields } = org;
    const staff = await tx
      .select({
        id: memberships.id,
        userId: memberships.userId,
        email: users.email,
        name: users.name,
        role: memberships.role,
        homeBranchId: memberships.homeBranchId,
        active: memberships.active,
        deactivatedAt: memberships.deactivatedAt,
        lastSignInAt: memberships.lastSignInAt,
        version: memberships.version,
        createdAt: memberships.createdAt,
        updatedAt: memberships.updatedAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, ctx.orgId))
      .orderBy(asc(memberships.createdAt), asc(memberships.id));
    const hides = await tx
      .select({
        resourceId: resourceHides.resourceId,
        builtinKey: resources.builtinKey,
        hiddenByUserId: resourceHides.hiddenByUserId,
        hiddenAt: resourceHides.hiddenAt,
      })
      .from(resourceHides)
      .innerJoin(resources, eq(resources.id, resourceHides.resourceId))
      .where(and(eq(resourceHides.orgId, ctx.orgId), isNotNull(resources.builtinKey)))
      .orderBy(asc(resources.builtinKey));
    const tables = {} as Record<PlainTableKey, ArchiveRow[]>;
    for (const [key, spec] of Object.entries(plainTables) as [PlainTableKey, TableSpec][]) {
      tables[key] = await rowsOf(tx, spec, ctx.orgId);
    }
    return {
      format: archiveFormat,
      formatVersion: archiveFormatVersion,
      exportedAt: new Date().toISOString(),
      exportedBy: { name: ctx.name, email: ctx.email },
      organization: toArchiveRow(orgFields),
      ...tables,
      interviews: tables.interviews.map(interviewForArchive),
      staff: staff.map((row) => toArchiveRow(row)),
      resourceHides: hides.map(({ resourceId: _id, ...row }) => toArchiveRow(row)),
    };
  });
}
