'use server';

import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { importColumnMemory, importJobs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { isUuid } from '@/lib/ids';
import { ImportFileError } from './errors';
import { fieldOf, normalise, vocabularyFields } from './fields';
import {
  distinctValues,
  type ImportMapping,
  importMappingSchema,
  unmatchedValues,
  vocabularyValueLimit,
} from './mapping';
import { mappingProblems } from './prepare';
import { loadChoices } from './queries';
import { readImportFile } from './read';
import { startImportJob } from './runner';
import { fileRemovedMessage } from './status';
import { undoImport } from './undo';
import { importJobSchema, saveMappingSchema, startImportSchema, uploadImportSchema } from './validation';

const revalidate = ['/partners/import', '/partners', '/map'];
const notFound = 'That import was not found. It may belong to another library system.';

async function lockJob(tx: Db, ctx: AuthContext, jobId: string) {
  if (!isUuid(jobId)) throw new ActionError(notFound);
  const [job] = await tx
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.orgId, ctx.orgId), eq(importJobs.id, jobId)))
    .for('update');
  if (!job) throw new ActionError(notFound);
  return job;
}

/** Reads the uploaded file and keeps it as a new import at its first step. Nothing else is written. */
export const uploadImport = defineAction(
  {
    schema: uploadImportSchema,
    role: 'manager',
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}`,
  },
  async (input, ctx) => {
    const fileName = input.file.name.split(/[\\/]/).pop()!.slice(0, 200) || 'import';
    let read: Awaited<ReturnType<typeof readImportFile>>;
    try {
      read = await readImportFile(fileName, new Uint8Array(await input.file.arrayBuffer()));
    } catch (error) {
      if (error instanceof ImportFileError) throw new ActionError(error.message, { file: [error.message] });
      throw error;
    }
    const db = await getDb();
    const [job] = await db
      .insert(importJobs)
      .values({
        orgId: ctx.orgId,
        createdByUserId: ctx.userId,
        createdByMembershipId: ctx.membershipId,
        fileName,
        fileKind: read.kind,
        fileBytes: input.file.size,
        table: read.table,
        totalRows: read.table.rows.length,
      })
      .returning({ id: importJobs.id });
    return { id: job!.id };
  },
);

/** Saves which field each column fills, and what unmatched values mean; remembers the column names. */
export const saveImportMapping = defineAction(
  {
    schema: saveMappingSchema,
    role: 'manager',
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}`,
  },
  async (input, ctx) => {
    let raw: unknown;
    try {
      raw = JSON.parse(input.mapping);
    } catch {
      throw new ActionError('The choices could not be read. Reload the page and try again.');
    }
    const parsed = importMappingSchema.safeParse(raw);
    if (!parsed.success)
      throw new ActionError('Some choices are not ones this page offers. Reload the page and try again.');
    const mapping: ImportMapping = parsed.data;
    const db = await getDb();
    const choices = await loadChoices(db, ctx);
    return db.transaction(async (tx) => {
      const job = await lockJob(tx, ctx, input.jobId);
      if (job.status !== 'mapping' && job.status !== 'review') {
        throw new ActionError('This import has already started; its columns can no longer change.');
      }
      if (mapping.defaults.branchId && !choices.branch.some((b) => b.value === mapping.defaults.branchId)) {
        throw new ActionError('Some fields need attention.', {
          'defaults.branchId': ['Choose one of your library’s branches, or none.'],
        });
      }
      const errors: Record<string, string[]> = mappingProblems(job.table, mapping);
      // Every value no word matched needs a decision: a choice, or "leave it out".
      mapping.columns.forEach((field, column) => {
        if (!field || !(field in choices)) return;
        const key = field as keyof typeof choices;
        const { values, more } = distinctValues(job.table, column);
        if (more) {
          errors[`column-${column}`] = [
            `“${job.table.headers[column]}” has more than ${vocabularyValueLimit} different values, too many for ${fieldOf(field)?.label.toLowerCase()}: is it the right column?`,
          ];
          return;
        }
        const own = mapping.values[key as keyof ImportMapping['values']] ?? {};
        const open = unmatchedValues(key, values, choices[key]).filter(
          (value) => own[value.key] === undefined,
        );
        if (open.length)
          errors[`values-${field}`] = [
            `Say what ${open.length === 1 ? `“${open[0]!.raw}” stands for` : `these ${open.length} values stand for`}, or leave ${open.length === 1 ? 'it' : 'them'} out.`,
          ];
        for (const [value, chosen] of Object.entries(own)) {
          if (chosen && !choices[key].some((choice) => choice.value === chosen)) {
            errors[`values-${field}`] = [`“${value}” was matched to something that isn’t a choice here.`];
          }
        }
      });
      if (Object.keys(errors).length) throw new ActionError('Some choices need attention.', errors);
      for (const field of vocabularyFields)
        if (!mapping.columns.includes(field)) delete mapping.values[field];
      await tx.update(importJobs).set({ mapping, status: 'review' }).where(eq(importJobs.id, job.id));
      // Remembered for next time, by column name: "Org Name" fills Name again without asking.
      const remembered = new Map<string, string>();
      for (const [column, header] of job.table.headers.entries()) {
        remembered.set(normalise(header), mapping.columns[column] ?? '');
      }
      const rows = [...remembered]
        .filter(([header]) => header)
        .map(([header, field]) => ({ orgId: ctx.orgId, header, field }));
      if (rows.length) {
        await tx
          .insert(importColumnMemory)
          .values(rows)
          .onConflictDoUpdate({
            target: [importColumnMemory.orgId, importColumnMemory.header],
            set: { field: sql`excluded.field`, updatedAt: sql`now()` },
          });
      }
      return { id: job.id };
    });
  },
);

/** Back from the review to the columns. */
export const reviseImportMapping = defineAction(
  {
    schema: importJobSchema,
    role: 'manager',
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const job = await lockJob(tx, ctx, input.jobId);
      if (job.status !== 'review') throw new ActionError('This import has already started.');
      await tx.update(importJobs).set({ status: 'mapping' }).where(eq(importJobs.id, job.id));
      return { id: job.id };
    });
  },
);

/** Starts the import as a job on the server, with the person's decisions about duplicates. */
export const startImport = defineAction(
  {
    schema: startImportSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    const id = await db.transaction(async (tx) => {
      const job = await lockJob(tx, ctx, input.jobId);
      if (job.status !== 'review')
        throw new ActionError('This import has already started, or its columns still need choosing.');
      await tx
        .update(importJobs)
        .set({ decisions: input.decisions, status: 'queued', leaseUntil: null })
        .where(eq(importJobs.id, job.id));
      await recordAudit(tx, ctx, {
        action: 'import.start',
        entityType: 'import',
        entityId: job.id,
        after: { fileName: job.fileName, rows: job.totalRows },
      });
      return job.id;
    });
    startImportJob(db, id);
    return { id };
  },
);

/** Picks up an import that stopped: the rows already in stay, the rest come in. */
export const resumeImport = defineAction(
  {
    schema: importJobSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const job = await lockJob(tx, ctx, input.jobId);
      if (job.status !== 'failed') throw new ActionError('Only an import that stopped can be resumed.');
      if (job.rowsRemovedAt) throw new ActionError(fileRemovedMessage);
      await tx
        .update(importJobs)
        .set({ status: 'queued', leaseUntil: null, error: '' })
        .where(eq(importJobs.id, job.id));
    });
    startImportJob(db, input.jobId);
    return { id: input.jobId };
  },
);

/** Throws away an import that has not started: the file and the choices about it. */
export const discardImport = defineAction(
  { schema: importJobSchema, role: 'manager', redirectTo: () => '/partners/import?discarded=1' },
  async (input, ctx) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const job = await lockJob(tx, ctx, input.jobId);
      if (!['mapping', 'review'].includes(job.status))
        throw new ActionError('This import has started; undo it instead.');
      await tx
        .delete(importJobs)
        .where(and(eq(importJobs.id, job.id), inArray(importJobs.status, ['mapping', 'review'])));
    });
    return { id: input.jobId };
  },
);

/** Undoes a finished import as a whole (see lib/import/undo.ts). */
export const undoImportAction = defineAction(
  {
    schema: importJobSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/import/${data.id}?undone=1`,
  },
  async (input, ctx) => {
    const db = await getDb();
    await undoImport(db, ctx, input.jobId);
    return { id: input.jobId };
  },
);
