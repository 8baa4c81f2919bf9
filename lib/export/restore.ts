import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  areas,
  branches,
  contacts,
  followUps,
  interactions,
  interviewGuides,
  interviews,
  organizations,
  partners,
  referrals,
  resourceHides,
  resources,
  stageChanges,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ArchiveRefused } from './read-archive';
import { IdMaps, insertAll, restoreStaff } from './restore-people';
import { auditEntityKinds, type PlainTableKey, plainTables, type TableSpec } from './tables';
import type { ParsedArchive, ParsedRow } from './validation';

type Ctx = { orgId: string; userId: string; membershipId: string };

/** What the organization already holds that a restore would mix with: it must hold none of it. */
export async function whatOrganizationHolds(tx: Db, orgId: string): Promise<string[]> {
  const counted = async (label: [string, string], table: PgTable, where: unknown) => {
    const [row] = await tx
      .select({ value: count() })
      .from(table)
      .where(where as never);
    const n = row?.value ?? 0;
    return n > 0 ? `${n} ${n === 1 ? label[0] : label[1]}` : null;
  };
  const found = await Promise.all([
    counted(['partner', 'partners'], partners, eq(partners.orgId, orgId)),
    counted(['contact', 'contacts'], contacts, eq(contacts.orgId, orgId)),
    counted(['branch', 'branches'], branches, eq(branches.orgId, orgId)),
    counted(['area', 'areas'], areas, eq(areas.orgId, orgId)),
    counted(['interaction', 'interactions'], interactions, eq(interactions.orgId, orgId)),
    counted(['interview', 'interviews'], interviews, eq(interviews.orgId, orgId)),
    counted(['referral', 'referrals'], referrals, eq(referrals.orgId, orgId)),
    counted(['follow-up', 'follow-ups'], followUps, eq(followUps.orgId, orgId)),
    counted(['stage change', 'stage changes'], stageChanges, eq(stageChanges.orgId, orgId)),
    counted(['resource of its own', 'resources of its own'], resources, eq(resources.orgId, orgId)),
    counted(
      ['hidden built-in resource', 'hidden built-in resources'],
      resourceHides,
      eq(resourceHides.orgId, orgId),
    ),
    // The built-in guide appears by itself the first time someone opens Interviews: untouched, it is
    // not the organization's own work, and the archive's copy takes its place.
    counted(
      ['interview guide', 'interview guides'],
      interviewGuides,
      and(
        eq(interviewGuides.orgId, orgId),
        or(
          isNull(interviewGuides.builtinKey),
          gt(interviewGuides.version, 1),
          isNotNull(interviewGuides.retiredAt),
        ),
      ),
    ),
  ]);
  return found.filter((item): item is string => item !== null);
}

function rowFor(
  spec: TableSpec,
  row: ParsedRow,
  index: number,
  ctx: Ctx,
  ids: IdMaps,
): Record<string, unknown> {
  const where = `${spec.key}, row ${index + 1}`;
  const out: Record<string, unknown> = { ...row, orgId: ctx.orgId };
  if (spec.id) out.id = ids.of(spec.id).get(String(row.id));
  for (const [column, kind] of Object.entries(spec.refs)) out[column] = ids.ref(kind, row[column], where);
  return out;
}

/** Per-table adjustments beyond ids: the consent rule, ids inside JSON, the audit's record ids. */
function adjust(key: PlainTableKey, row: Record<string, unknown>, source: ParsedRow, ctx: Ctx, ids: IdMaps) {
  if (key === 'interviews') {
    // Decision 0008: without consent to keep notes, no answers are stored, whatever is sent.
    if (row.consentNotes !== true) row.answers = {};
    row.pending = ids.deep(row.pending);
    // A follow-up still to be made must go to someone here: the restoring admin stands in for
    // staff who are not made members (see restoreStaff).
    const pending = row.pending as { followUps?: { assigneeMembershipId?: unknown }[] } | null;
    for (const followUp of pending?.followUps ?? []) {
      if (ids.nobody.has(String(followUp.assigneeMembershipId)))
        followUp.assigneeMembershipId = ctx.membershipId;
    }
  }
  if (key === 'followUps' && row.assigneeMembershipId === null) row.assigneeMembershipId = ctx.membershipId;
  if (key === 'resources') row.builtinKey = null;
  if (key === 'auditEntries') {
    const entityId = String(source.entityId);
    const kind = auditEntityKinds[String(source.entityType)];
    row.entityId =
      (source.entityType === 'organization' ? ctx.orgId : kind && ids.of(kind).get(entityId)) ??
      ids.any.get(entityId) ??
      entityId;
    row.before = ids.deep(source.before);
    row.after = ids.deep(source.after);
  }
  return row;
}

/**
 * What the restore reports: how many records of each kind the archive held, and how many staff it
 * named. Never how many accounts were new or already existed somewhere on the service (decision 0015).
 */
export type RestoreSummary = { counts: Record<string, number>; staff: number };

/** Links to a person who is not made a member here are dropped; the records they linked stay. */
const linkTables = new Set<PlainTableKey>(['interviewInterviewers', 'interactionParticipants']);

/**
 * Restores an archive into the caller's organization, which must be empty, all in one
 * transaction: a refusal or failure at any point leaves nothing written. Every id is new and every
 * reference follows it, so an archive can be restored beside the organization it came from.
 */
export async function restoreOrganization(db: Db, ctx: Ctx, archive: ParsedArchive): Promise<RestoreSummary> {
  return db.transaction(async (tx) => {
    // One restore at a time per organization, and no second one on top of the first.
    await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId))
      .for('update');
    const holds = await whatOrganizationHolds(tx, ctx.orgId);
    if (holds.length) {
      throw new ArchiveRefused(
        `A restore only goes into an empty organization, and this one already holds ${holds.join(', ')}. Nothing was changed.`,
      );
    }
    const ids = new IdMaps();
    ids.any.set(String(archive.organization.id), ctx.orgId);
    for (const [key, spec] of Object.entries(plainTables) as [PlainTableKey, TableSpec][]) {
      if (!spec.id) continue;
      archive[key].forEach((row, index) => {
        ids.set(spec.id!, String(row.id), randomUUID(), `${key}, row ${index + 1}`);
      });
    }
    const counts: Record<string, number> = {};
    for (const [key, spec] of Object.entries(plainTables) as [PlainTableKey, TableSpec][]) {
      if (key === 'interviewGuides') {
        // Staff come after branches (a home branch) and before everything that names a member.
        await restoreStaff(tx, ctx, archive, ids);
        const builtinKeys = archive.interviewGuides.map((g) => g.builtinKey).filter((k): k is string => !!k);
        if (builtinKeys.length) {
          await tx
            .delete(interviewGuides)
            .where(
              and(eq(interviewGuides.orgId, ctx.orgId), inArray(interviewGuides.builtinKey, builtinKeys)),
            );
        }
      }
      const rows = archive[key]
        .map((row, index) => adjust(key, rowFor(spec, row, index, ctx, ids), row, ctx, ids))
        .filter((row) => !linkTables.has(key) || row.membershipId !== null);
      await insertAll(tx, spec.table, rows);
      // What the archive held, not what was written: a dropped link must not tell that someone
      // the archive names has an account elsewhere.
      counts[key] = archive[key].length;
    }
    const keys = archive.resourceHides.map((hide) => String(hide.builtinKey));
    const builtins = keys.length
      ? await tx
          .select({ id: resources.id, key: resources.builtinKey })
          .from(resources)
          .where(and(isNull(resources.orgId), inArray(resources.builtinKey, keys)))
      : [];
    const builtinIds = new Map(builtins.map((row) => [row.key, row.id]));
    const hides = archive.resourceHides.flatMap((hide) => {
      const resourceId = builtinIds.get(String(hide.builtinKey));
      // A built-in this version of the catalogue no longer has needs no hiding.
      return resourceId
        ? [
            {
              orgId: ctx.orgId,
              resourceId,
              hiddenByUserId: ids.ref('user', hide.hiddenByUserId, 'resourceHides'),
              hiddenAt: hide.hiddenAt as Date,
            },
          ]
        : [];
    });
    await insertAll(tx, resourceHides, hides);
    counts.resourceHides = hides.length;
    const { id: _id, ...settings } = archive.organization;
    await tx.update(organizations).set(settings).where(eq(organizations.id, ctx.orgId));
    await recordAudit(tx, ctx, {
      action: 'organization.restore',
      entityType: 'organization',
      entityId: ctx.orgId,
      after: { exportedAt: archive.exportedAt, formatVersion: archive.formatVersion, ...counts },
    });
    return { counts, staff: archive.staff.length };
  });
}
