import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  contacts,
  followUps,
  importJobs,
  interactions,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { dropUndoneImportData } from './file-rows';

type Actor = { orgId: string; userId: string };

const listNames = (names: string[]) =>
  names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');

/** Partners made by the import that someone has worked on since: anything beyond what it wrote. */
async function touchedSince(tx: Db, orgId: string, jobId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const touched = new Set<string>();
  const changed = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.orgId, orgId), eq(partners.importJobId, jobId), sql`${partners.version} > 1`));
  for (const row of changed) touched.add(row.id);
  for (const table of [interactions, followUps, interviews, referrals] as const) {
    const rows = await tx
      .selectDistinct({ id: table.partnerId })
      .from(table)
      .where(and(eq(table.orgId, orgId), inArray(table.partnerId, ids)));
    for (const row of rows) if (row.id) touched.add(row.id);
  }
  const moved = await tx
    .select({ id: stageChanges.partnerId })
    .from(stageChanges)
    .where(and(eq(stageChanges.orgId, orgId), inArray(stageChanges.partnerId, ids)))
    .groupBy(stageChanges.partnerId)
    .having(sql`count(*) > 1`);
  for (const row of moved) touched.add(row.id);
  const people = await tx
    .select({ id: contacts.partnerId })
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), inArray(contacts.partnerId, ids)))
    .groupBy(contacts.partnerId)
    .having(sql`count(*) > 1 or max(${contacts.version}) > 1`);
  for (const row of people) touched.add(row.id);
  return [...touched];
}

/**
 * Undoes a finished import as a whole, in one transaction: the partners it made are removed and
 * the partners it merged into get back what they held. Refused, naming them, when any of those
 * partners has been worked on since.
 */
export async function undoImport(db: Db, actor: Actor, jobId: string) {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.orgId, actor.orgId), eq(importJobs.id, jobId)))
      .for('update');
    if (!job) throw new ActionError('That import was not found.');
    if (job.status === 'undone') throw new ActionError('This import has already been undone.');
    if (job.status !== 'done' && job.status !== 'failed') {
      throw new ActionError('Only a finished or stopped import can be undone.');
    }
    const made = await tx
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(and(eq(partners.orgId, actor.orgId), eq(partners.importJobId, job.id)))
      .for('update');
    const names = new Map(made.map((p) => [p.id, p.name]));
    const touched = await touchedSince(
      tx,
      actor.orgId,
      job.id,
      made.map((p) => p.id),
    );
    const mergedIds = job.merges.map((m) => m.partnerId);
    const merged = mergedIds.length
      ? await tx
          .select({ id: partners.id, name: partners.name, version: partners.version })
          .from(partners)
          .where(and(eq(partners.orgId, actor.orgId), inArray(partners.id, mergedIds)))
          .for('update')
      : [];
    for (const merge of job.merges) {
      const now = merged.find((p) => p.id === merge.partnerId);
      if (now && now.version !== merge.version) {
        touched.push(now.id);
        names.set(now.id, now.name);
      }
    }
    if (touched.length) {
      throw new ActionError(
        `This import can no longer be undone: ${touched.length === 1 ? 'a partner it brought in or merged into has' : `${touched.length} partners it brought in or merged into have`} changed since (${listNames(touched.map((id) => names.get(id) ?? 'a partner'))}).`,
      );
    }
    if (made.length) {
      await tx.delete(partners).where(and(eq(partners.orgId, actor.orgId), eq(partners.importJobId, job.id)));
    }
    for (const merge of [...job.merges].reverse()) {
      if (!merged.some((p) => p.id === merge.partnerId)) continue;
      if (Object.keys(merge.before).length) {
        await tx
          .update(partners)
          .set({
            ...merge.before,
            version: sql`${partners.version} + 1`,
            updatedByUserId: actor.userId,
            updatedAt: sql`now()`,
          })
          .where(and(eq(partners.orgId, actor.orgId), eq(partners.id, merge.partnerId)));
      }
      if (merge.contactId) {
        await tx
          .delete(contacts)
          .where(and(eq(contacts.orgId, actor.orgId), eq(contacts.id, merge.contactId)));
      }
    }
    await tx
      .update(importJobs)
      .set({ status: 'undone', undoneAt: sql`now()`, undoneByUserId: actor.userId, leaseUntil: null })
      .where(eq(importJobs.id, job.id));
    await dropUndoneImportData(tx, job.id);
    await recordAudit(tx, actor, {
      action: 'import.undo',
      entityType: 'import',
      entityId: job.id,
      before: { fileName: job.fileName, created: made.length, merged: job.merges.length },
    });
    return { removed: made.length, restored: job.merges.length };
  });
}
