import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as problemsRoute } from '@/app/api/imports/[importId]/problems/route';
import { auditEntries, importJobs, organizations } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import {
  resumeImport,
  saveImportMapping,
  startImport,
  undoImportAction,
  uploadImport,
} from '@/lib/import/actions';
import { runImportJob } from '@/lib/import/runner';
import { fileRemovedMessage } from '@/lib/import/status';
import { purgeOrganization } from '@/lib/retention/purge';
import { runRetention } from '@/lib/retention/run';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// Import jobs keep the uploaded file's rows only while something needs them (decision 0017): a
// finished import keeps the rows the problems download names, an undone one none; the retention
// period removes the rest, deletes uploads never imported, and leaves imports under way alone.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;

const messy = readFileSync(path.join(__dirname, '../fixtures/import/messy-semicolons.csv'));
const messyMapping = {
  columns: [
    'name',
    'category',
    'agesServed',
    'address',
    'address',
    'address',
    'website',
    'contactName',
    'contactEmail',
    'description',
  ],
  values: {},
  defaults: { category: '', stage: 'identified', branchId: '' },
};
const clean = 'Name,Type\nHarbor Food Bank,Nonprofit\nTide Pool Club,Club\n';
const cleanMapping = { ...messyMapping, columns: ['name', 'category'] };

const route = (id: string) => ({ params: Promise.resolve({ importId: id }) });
const request = (id: string) => new Request(`http://localhost/api/imports/${id}/problems`);

async function jobOf(id: string) {
  const [job] = await t.db.select().from(importJobs).where(eq(importJobs.id, id));
  return job;
}

async function upload(name: string, bytes: Buffer | string) {
  const data = new FormData();
  data.append('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  return (await expectRedirect(() => uploadImport(null, data))).split('/').pop()!;
}

async function mapped(name: string, bytes: Buffer | string, mapping: typeof messyMapping) {
  const id = await upload(name, bytes);
  await expectRedirect(() => saveImportMapping(null, form({ jobId: id, mapping: JSON.stringify(mapping) })));
  return id;
}

/** Uploads, maps and imports a file, and waits for the job to end. */
async function imported(name: string, bytes: Buffer | string, mapping: typeof messyMapping) {
  const id = await mapped(name, bytes, mapping);
  await expectRedirect(() => startImport(null, form({ jobId: id })));
  for (let i = 0; i < 200; i += 1) {
    const job = await jobOf(id);
    if (job?.status === 'done' || job?.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The import did not end');
}

async function problemLines(id: string) {
  const response = await problemsRoute(request(id), route(id));
  expect(response.status).toBe(200);
  return parseCsv((await response.text()).replace(/^\uFEFF/, ''));
}

const ageJob = (id: string, days: number) =>
  t.db
    .update(importJobs)
    .set({ createdAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(importJobs.id, id));

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Aspen Library');
  b = await createOrganizationWithMembers(t.db, 'Beech Library');
  // No address service in tests: the offline one answers from postal codes.
  await t.db.update(organizations).set({ geocoder: 'offline' });
});

describe('when an import ends', () => {
  it('keeps only the rows with problems, which the download still lists, until the period ends', async () => {
    signInAs(a.manager);
    const id = await mapped('messy.csv', messy, messyMapping);
    const before = await problemLines(id);
    expect(before.slice(1).map((row) => row[0])).toEqual(['7', '8']);
    await expectRedirect(() => startImport(null, form({ jobId: id })));
    let job = await jobOf(id);
    for (let i = 0; i < 200 && job?.status !== 'done'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await jobOf(id);
    }
    expect(job).toMatchObject({ status: 'done', createdCount: 3, invalidCount: 2, rowsRemovedAt: null });
    expect(job!.table.rowNumbers).toEqual([7, 8]);
    expect(job!.table.rows).toHaveLength(2);
    expect(JSON.stringify(job!.table)).not.toContain('Sultan Elementary School');
    expect(await problemLines(id)).toEqual(before);

    // Past the period the rows go, the download says so, and the import can still be undone.
    await ageJob(id, 31);
    expect(await purgeOrganization(t.db, a.org.id, null)).toMatchObject({ importFiles: 1 });
    job = await jobOf(id);
    expect(job!.table.rows).toEqual([]);
    expect(job!.table.headers).toHaveLength(10);
    expect(job!.rowsRemovedAt).toBeInstanceOf(Date);
    const gone = await problemsRoute(request(id), route(id));
    expect(gone.status).toBe(410);
    await expectRedirect(() => undoImportAction(null, form({ jobId: id })));
    expect((await jobOf(id))!.status).toBe('undone');
  });

  it('drops every row at once when nothing had a problem', async () => {
    signInAs(a.manager);
    const job = await imported('clean.csv', clean, cleanMapping);
    expect(job).toMatchObject({ status: 'done', createdCount: 2, invalidCount: 0 });
    expect(job.table.rows).toEqual([]);
    expect(job.rowsRemovedAt).toBeInstanceOf(Date);
    expect(job.table.headers).toEqual(['Name', 'Type']);
  });

  it('drops the rows, and what undo kept, once undone', async () => {
    signInAs(a.manager);
    // Harbor Food Bank is there already (the test before): this file merges its website into it.
    const file =
      'Name,Type,Website\nHarbor Food Bank,Nonprofit,https://harborfood.example.org\nSea Scouts,Club,\n,Club,\n';
    const job = await imported('merge.csv', file, {
      ...messyMapping,
      columns: ['name', 'category', 'website'],
    });
    expect(job).toMatchObject({ status: 'done', mergedCount: 1, createdCount: 1, invalidCount: 1 });
    expect(job.table.rows).toHaveLength(1);
    expect(job.merges).toHaveLength(1);
    expect(job.unplaced).toHaveLength(1);
    await expectRedirect(() => undoImportAction(null, form({ jobId: job.id })));
    const undone = await jobOf(job.id);
    expect(undone).toMatchObject({ status: 'undone', merges: [], unplaced: [] });
    expect(undone!.table.rows).toEqual([]);
    expect(undone!.rowsRemovedAt).toBeInstanceOf(Date);
    expect((await problemsRoute(request(job.id), route(job.id))).status).toBe(410);
  });
});

describe('the period', () => {
  it('deletes uploads never imported, empties a stopped import (which can no longer resume), and spares the young and those under way', async () => {
    signInAs(a.manager);
    const oldUpload = await upload('old.csv', clean);
    const oldReview = await mapped('old-review.csv', clean, cleanMapping);
    const youngUpload = await upload('young.csv', clean);
    const stopped = await mapped('stopped.csv', clean, cleanMapping);
    const running = await mapped('running.csv', clean, cleanMapping);
    await t.db.update(importJobs).set({ status: 'failed' }).where(eq(importJobs.id, stopped));
    await t.db
      .update(importJobs)
      .set({ status: 'running', leaseUntil: sql`now() + interval '1 hour'` })
      .where(eq(importJobs.id, running));
    for (const id of [oldUpload, oldReview, stopped, running]) await ageJob(id, 45);
    await ageJob(youngUpload, 29);

    expect(await purgeOrganization(t.db, a.org.id, null)).toMatchObject({ importUploads: 2, importFiles: 1 });
    expect(await jobOf(oldUpload)).toBeUndefined();
    expect(await jobOf(oldReview)).toBeUndefined();
    expect((await jobOf(youngUpload))!.table.rows).toHaveLength(2);
    expect((await jobOf(running))!.table.rows).toHaveLength(2);
    const emptied = await jobOf(stopped);
    expect(emptied!.table.rows).toEqual([]);

    const refused = (await resumeImport(null, form({ jobId: stopped }))) as ActionResult;
    expect(refused).toEqual({ ok: false, message: fileRemovedMessage });
    // Nor does a runner pick it up: with no rows it would otherwise call the import done.
    await t.db.update(importJobs).set({ status: 'queued' }).where(eq(importJobs.id, stopped));
    await runImportJob(t.db, stopped);
    expect((await jobOf(stopped))!.status).toBe('queued');

    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'retention.purge'))
      .orderBy(sql`${auditEntries.createdAt} desc`)
      .limit(1);
    expect(entry).toMatchObject({
      orgId: a.org.id,
      after: { importUploads: 2, importFiles: 1, importFilesKeepDays: 30 },
    });
    expect(JSON.stringify(entry)).not.toContain('Harbor Food Bank');
  });

  it('follows each organization’s own number of days', async () => {
    await t.db.update(organizations).set({ importFilesKeepDays: 90 }).where(eq(organizations.id, b.org.id));
    signInAs(b.manager);
    const fortyDays = await upload('beech.csv', clean);
    const hundredDays = await upload('beech-older.csv', clean);
    await ageJob(fortyDays, 40);
    await ageJob(hundredDays, 100);
    signInAs(a.manager);
    const aspen = await upload('aspen.csv', clean);
    await ageJob(aspen, 40);

    await runRetention(t.db);
    expect(await jobOf(fortyDays)).toBeDefined();
    expect(await jobOf(hundredDays)).toBeUndefined();
    expect(await jobOf(aspen)).toBeUndefined();
  });
});
