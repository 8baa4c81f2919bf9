import 'server-only';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { afterScope, currentOrgScope, getOwnerDb } from '@/db';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { contacts, type ImportJob, importJobs, partners, stageChanges } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Geocoder } from '@/lib/geocoding/types';
import { partnerColumnsFrom } from '@/lib/partners/snapshot';
import { keepProblemRows } from './file-rows';
import { importLimits } from './limits';
import { type Located, locateNewPartners } from './locate';
import type { ImportMapping } from './mapping';
import { mergePatch, planImport, type RowStep } from './plan';
import { loadChoices, loadExistingPartners } from './queries';

/** How long a runner holds a job between signs of life; a runner that died lets it lapse. */
const leaseSeconds = 120;

export type RunOptions = {
  geocoder?: Geocoder;
  /** Tests: throw inside the transaction of this batch (0-based), after its rows were written. */
  failInBatch?: number;
};

type Unplaced = ImportJob['unplaced'][number];
type Merge = ImportJob['merges'][number];

/** Takes the job for this runner if no live runner holds it. */
async function claim(db: Db, jobId: string): Promise<ImportJob | undefined> {
  const [job] = await db
    .update(importJobs)
    .set({
      status: 'running',
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      startedAt: sql`coalesce(${importJobs.startedAt}, now())`,
      error: '',
    })
    .where(
      and(
        eq(importJobs.id, jobId),
        inArray(importJobs.status, ['queued', 'running']),
        or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, sql`now()`)),
        // Without its rows (removed under the retention setting) a job has nothing left to write.
        isNull(importJobs.rowsRemovedAt),
      ),
    )
    .returning();
  return job;
}

async function renewLease(db: Db, jobId: string) {
  await db
    .update(importJobs)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'running')));
}

/** Writes one batch in one transaction: its partners with their first contact and first stage, and merges. */
async function writeBatch(
  db: Db,
  job: ImportJob,
  from: number,
  steps: RowStep[],
  located: Map<number, Located>,
  failHere: boolean,
): Promise<boolean> {
  const actor = { orgId: job.orgId, userId: job.createdByUserId };
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(importJobs).where(eq(importJobs.id, job.id)).for('update');
    // Another runner took over, or the job was stopped: this runner writes nothing more.
    if (current?.status !== 'running' || current.cursor !== from) return false;
    const creates = steps.filter((s): s is Extract<RowStep, { kind: 'create' }> => s.kind === 'create');
    const unplaced: Unplaced[] = [];
    let geocoded = 0;
    const values = creates.map((step) => {
      const place = located.get(step.row.index);
      if (place && !place.failed) geocoded += 1;
      return {
        ...partnerColumnsFrom(step.partner),
        ...(place
          ? {
              latitude: place.latitude,
              longitude: place.longitude,
              locationPrecision: place.locationPrecision as 'exact',
            }
          : {}),
        orgId: job.orgId,
        importJobId: job.id,
        createdByUserId: job.createdByUserId,
        updatedByUserId: job.createdByUserId,
      };
    });
    const made = values.length
      ? await tx.insert(partners).values(values).returning({ id: partners.id, stage: partners.stage })
      : [];
    const contactRows = creates.flatMap((step, i) =>
      step.contact ? [{ ...step.contact, orgId: job.orgId, partnerId: made[i]!.id }] : [],
    );
    if (contactRows.length) await tx.insert(contacts).values(contactRows);
    if (made.length) {
      await tx.insert(stageChanges).values(
        made.map((partner) => ({
          orgId: job.orgId,
          partnerId: partner.id,
          fromStage: null,
          toStage: partner.stage,
          note: `Imported from ${job.fileName}.`,
          changedByUserId: job.createdByUserId,
        })),
      );
    }
    creates.forEach((step, i) => {
      const place = located.get(step.row.index);
      const p = step.partner;
      const latitude = place ? place.latitude : p.latitude;
      if (latitude === null && p.locationPrecision !== 'hidden') {
        const reason = place?.failed ?? 'The file gives no address or point.';
        unplaced.push({
          row: step.row.rowNumber,
          partnerId: made[i]!.id,
          name: p.name,
          address: p.address,
          reason,
        });
      }
    });

    const merges: Merge[] = [];
    for (const step of steps) {
      if (step.kind !== 'merge') continue;
      const [target] = await tx
        .select()
        .from(partners)
        .where(and(eq(partners.orgId, job.orgId), eq(partners.id, step.partnerId)))
        .for('update');
      if (!target) continue;
      const patch = mergePatch(target, step.partner);
      let contactId: string | null = null;
      if (step.contact) {
        const existing = await tx
          .select({ name: contacts.name, email: contacts.email })
          .from(contacts)
          .where(eq(contacts.partnerId, target.id));
        const known = existing.some(
          (c) =>
            c.name.toLowerCase() === step.contact!.name.toLowerCase() ||
            (step.contact!.email && c.email === step.contact!.email),
        );
        if (!known) {
          const [row] = await tx
            .insert(contacts)
            .values({ ...step.contact, orgId: job.orgId, partnerId: target.id })
            .returning({ id: contacts.id });
          contactId = row!.id;
        }
      }
      if (Object.keys(patch).length === 0 && !contactId) continue;
      const before = Object.fromEntries(
        Object.keys(patch).map((key) => [key, target[key as keyof typeof target]]),
      );
      const version = target.version + (Object.keys(patch).length ? 1 : 0);
      if (Object.keys(patch).length) {
        await tx
          .update(partners)
          .set({ ...patch, version, updatedByUserId: job.createdByUserId, updatedAt: sql`now()` })
          .where(eq(partners.id, target.id));
      }
      merges.push({ partnerId: target.id, version, before, contactId });
      await recordAudit(tx, actor, {
        action: 'partner.import-merge',
        entityType: 'partner',
        entityId: target.id,
        before,
        after: { ...patch, addedContact: contactId ? step.contact!.name : null, importJobId: job.id },
      });
    }
    if (failHere) throw new Error('Simulated crash in the middle of a batch');
    const count = (kind: RowStep['kind']) => steps.filter((s) => s.kind === kind).length;
    await tx
      .update(importJobs)
      .set({
        cursor: from + steps.length,
        createdCount: sql`${importJobs.createdCount} + ${made.length}`,
        mergedCount: sql`${importJobs.mergedCount} + ${count('merge')}`,
        skippedCount: sql`${importJobs.skippedCount} + ${count('skip')}`,
        invalidCount: sql`${importJobs.invalidCount} + ${count('invalid')}`,
        geocodedCount: sql`${importJobs.geocodedCount} + ${geocoded}`,
        unplaced: sql`${importJobs.unplaced} || ${JSON.stringify(unplaced)}::jsonb`,
        merges: sql`${importJobs.merges} || ${JSON.stringify(merges)}::jsonb`,
        leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      })
      .where(eq(importJobs.id, job.id));
    return true;
  });
}

/**
 * Runs an import job to its end, batch by batch, each batch in one transaction that also moves the
 * job's cursor: a crash loses at most the batch under way, which the next runner does again, so no
 * partner is ever half-written and none is written twice (decision 0013). Returns without doing
 * anything when another runner holds the job.
 */
export async function runImportJob(db: Db, jobId: string, options: RunOptions = {}): Promise<void> {
  const job = await claim(db, jobId);
  if (!job) return;
  try {
    const choices = await loadChoices(db, job);
    // Partners this job already made are not duplicates of their own rows.
    const existing = await loadExistingPartners(db, job, { excludeJobId: job.id });
    const plan = planImport(
      {
        table: job.table,
        mapping: job.mapping as ImportMapping,
        fileName: job.fileName,
        decisions: job.decisions,
      },
      choices,
      existing,
    );
    let batch = 0;
    for (let from = job.cursor; from < plan.steps.length; from += importLimits.batchRows) {
      const steps = plan.steps.slice(from, from + importLimits.batchRows);
      const located = await locateNewPartners(db, job, steps, {
        geocoder: options.geocoder,
        keepAlive: () => renewLease(db, job.id),
      });
      const wrote = await writeBatch(db, job, from, steps, located, options.failInBatch === batch);
      if (!wrote) return;
      batch += 1;
    }
    await db.transaction(async (tx) => {
      const [done] = await tx
        .update(importJobs)
        .set({ status: 'done', finishedAt: sql`now()`, leaseUntil: null })
        .where(and(eq(importJobs.id, job.id), eq(importJobs.status, 'running')))
        .returning();
      if (!done) return;
      // The file's rows are no longer needed, but for those the problems download names.
      const problemIndexes = plan.rows.filter((row) => row.problems.length > 0).map((row) => row.index);
      await keepProblemRows(tx, job.id, job.table, problemIndexes);
      await recordAudit(
        tx,
        { orgId: job.orgId, userId: job.createdByUserId },
        {
          action: 'import.complete',
          entityType: 'import',
          entityId: job.id,
          after: {
            fileName: job.fileName,
            rows: done.totalRows,
            created: done.createdCount,
            merged: done.mergedCount,
            skipped: done.skippedCount,
            withProblems: done.invalidCount,
            geocoded: done.geocodedCount,
            unplaced: done.unplaced.length,
          },
        },
      );
    });
  } catch (error) {
    logError('import job', error);
    await db
      .update(importJobs)
      .set({
        status: 'failed',
        leaseUntil: null,
        error:
          'The import stopped on our side. Every row before the one it stopped at is in; resume it to bring in the rest.',
      })
      .where(and(eq(importJobs.id, job.id), eq(importJobs.status, 'running')));
    if (options.failInBatch !== undefined) throw error;
  }
}

// Jobs this process is running, so a second kick does not start a second runner here.
const holder = globalThis as { __partnerAtlasImports?: Set<string> };
holder.__partnerAtlasImports ??= new Set();
const running = holder.__partnerAtlasImports;

/** Starts a job in the background (the request that asked returns at once). */
export function startImportJob(db: Db, jobId: string) {
  if (running.has(jobId)) return;
  running.add(jobId);
  // Started from an action, the job runs once the action's scope has committed (so it sees the job
  // row) and on the owner's connection, as a background worker like the scheduler (decision 0026):
  // the scope's transaction ends with the request.
  const scoped = currentOrgScope() !== undefined;
  afterScope(() => {
    void (scoped ? getOwnerDb() : Promise.resolve(db))
      .then((runner) => runImportJob(runner, jobId))
      .catch((error) => logError('import job', error))
      .finally(() => running.delete(jobId));
  });
}

/** Resumes jobs whose runner stopped (the server restarted, or it crashed): their lease has lapsed. */
export async function resumeStaleImports(db: Db, orgId?: string) {
  const stale = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(
      and(
        inArray(importJobs.status, ['queued', 'running']),
        or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, sql`now()`)),
        orgId ? eq(importJobs.orgId, orgId) : undefined,
      ),
    );
  for (const job of stale) startImportJob(db, job.id);
}

const started = globalThis as { __partnerAtlasImportsResumed?: boolean };

/**
 * Once per server process, on the first page anyone opens: imports whose runner stopped with the
 * last server (a restart, a crash) carry on. Costs one indexed query, once.
 */
export function resumeImportsOnce(db: Db) {
  if (started.__partnerAtlasImportsResumed) return;
  started.__partnerAtlasImportsResumed = true;
  void resumeStaleImports(db).catch((error) => logError('resuming imports', error));
}
