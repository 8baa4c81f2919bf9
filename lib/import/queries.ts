import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  branches,
  contacts,
  importColumnMemory,
  importJobs,
  memberships,
  partners,
  users,
} from '@/db/schema';
import { isUuid } from '@/lib/ids';
import type { ExistingPartner } from './duplicates';
import { normalise } from './fields';
import type { ChoiceSets } from './mapping';
import { vocabularyChoices } from './values';

type Ctx = { orgId: string };

/** Every choice a value can be matched to, the organization's branches and active staff included. */
export async function loadChoices(db: Db, ctx: Ctx): Promise<ChoiceSets> {
  const branchRows = await db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(eq(branches.orgId, ctx.orgId))
    .orderBy(branches.name);
  const staff = await db
    .select({ id: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.active, true)))
    .orderBy(users.name);
  const sets = {
    ...vocabularyChoices,
    branch: branchRows.map((b) => ({
      value: b.id,
      label: b.name,
      words: [normalise(b.name), normalise(b.name.replace(/\s*(branch|library)\s*/gi, ' '))],
    })),
    owner: staff.map((m) => ({ value: m.id, label: m.name, words: [normalise(m.name), normalise(m.email)] })),
  } satisfies ChoiceSets;
  return sets;
}

/** The organization's partners (archived ones too: re-adding one is still a duplicate), for duplicate checks. */
export async function loadExistingPartners(
  db: Db,
  ctx: Ctx,
  options: { excludeJobId?: string } = {},
): Promise<ExistingPartner[]> {
  const rows = await db
    .select({
      id: partners.id,
      name: partners.name,
      latitude: partners.latitude,
      longitude: partners.longitude,
      website: partners.website,
      email: partners.email,
      importJobId: partners.importJobId,
    })
    .from(partners)
    .where(eq(partners.orgId, ctx.orgId));
  const contactRows = await db
    .select({ partnerId: contacts.partnerId, email: contacts.email })
    .from(contacts)
    .where(eq(contacts.orgId, ctx.orgId));
  const emails = new Map<string, string[]>();
  for (const c of contactRows)
    if (c.email) emails.set(c.partnerId, [...(emails.get(c.partnerId) ?? []), c.email]);
  return rows
    .filter((row) => !options.excludeJobId || row.importJobId !== options.excludeJobId)
    .map((row) => ({
      id: row.id,
      name: row.name,
      latitude: row.latitude,
      longitude: row.longitude,
      website: row.website,
      emails: [row.email, ...(emails.get(row.id) ?? [])],
    }));
}

/** The field each column name was mapped to last time, by normalised name. */
export async function rememberedColumns(db: Db, ctx: Ctx): Promise<Record<string, string>> {
  const rows = await db
    .select({ header: importColumnMemory.header, field: importColumnMemory.field })
    .from(importColumnMemory)
    .where(eq(importColumnMemory.orgId, ctx.orgId));
  return Object.fromEntries(rows.map((row) => [row.header, row.field]));
}

/** One of the organization's imports, or undefined (another organization's reads as missing). */
export async function getImportJob(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return undefined;
  const [job] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.orgId, ctx.orgId), eq(importJobs.id, id)));
  return job;
}

/** An import's progress only (not its file): the progress bar asks every second. */
export async function getImportProgress(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return undefined;
  const [job] = await db
    .select({
      status: importJobs.status,
      totalRows: importJobs.totalRows,
      cursor: importJobs.cursor,
      createdCount: importJobs.createdCount,
      mergedCount: importJobs.mergedCount,
      skippedCount: importJobs.skippedCount,
      invalidCount: importJobs.invalidCount,
      geocodedCount: importJobs.geocodedCount,
      unplaced: importJobs.unplaced,
    })
    .from(importJobs)
    .where(and(eq(importJobs.orgId, ctx.orgId), eq(importJobs.id, id)));
  return job;
}

/** The organization's imports, newest first, without their files. */
export async function listImports(db: Db, ctx: Ctx) {
  return db
    .select({
      id: importJobs.id,
      fileName: importJobs.fileName,
      status: importJobs.status,
      totalRows: importJobs.totalRows,
      createdCount: importJobs.createdCount,
      mergedCount: importJobs.mergedCount,
      skippedCount: importJobs.skippedCount,
      invalidCount: importJobs.invalidCount,
      createdAt: importJobs.createdAt,
      finishedAt: importJobs.finishedAt,
      undoneAt: importJobs.undoneAt,
      byName: users.name,
    })
    .from(importJobs)
    .leftJoin(users, eq(users.id, importJobs.createdByUserId))
    .where(eq(importJobs.orgId, ctx.orgId))
    .orderBy(desc(importJobs.createdAt))
    .limit(50);
}

export type ImportListRow = Awaited<ReturnType<typeof listImports>>[number];

/** Partners the import created that still have no point, for placing by hand. */
export async function unplacedPartners(db: Db, ctx: Ctx, jobId: string) {
  return db
    .select({ id: partners.id, name: partners.name, address: partners.address })
    .from(partners)
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.importJobId, jobId), isNull(partners.latitude)))
    .orderBy(partners.name)
    .limit(500);
}
