import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEntries, contacts, type ImportTable, importJobs, partners, stageChanges } from '@/db/schema';
import type { Geocoder } from '@/lib/geocoding/types';
import type { ImportMapping } from '@/lib/import/mapping';
import { suggestMapping } from '@/lib/import/mapping';
import { planImport } from '@/lib/import/plan';
import { loadChoices } from '@/lib/import/queries';
import { readImportFile } from '@/lib/import/read';
import { runImportJob } from '@/lib/import/runner';
import { undoImport } from '@/lib/import/undo';
import { createBranch, createOrganizationWithMembers, createPartner as makePartner } from '../factories';
import { useTestDatabase } from '../support/database';

// The import as the job runs it: the file mapped and checked, duplicates merged, skipped or kept,
// addresses looked up, one transaction per batch (a crash in the middle leaves whole partners only,
// and the job resumes), and undo as a whole while nothing was touched since. Mapping a file and
// finding its duplicates, before the job, are in import-mapping.test.ts.

const t = useTestDatabase();

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let org: Org;

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/import', name)));

/** A geocoder that knows a few addresses and fails on one. */
const lookups: string[] = [];
const geocoder: Geocoder = {
  kind: 'nominatim',
  async search(address) {
    lookups.push(address);
    if (address.includes('Date Ave'))
      return [
        {
          label: address,
          latitude: 47.8631,
          longitude: -121.8156,
          precision: 'exact',
          provider: 'nominatim',
        },
      ];
    if (address.includes('River Rd'))
      return [
        {
          label: address,
          latitude: 47.8553,
          longitude: -121.9712,
          precision: 'approximate',
          provider: 'nominatim',
        },
      ];
    return [];
  },
};

async function makeJob(
  db: Db,
  table: ImportTable,
  mapping: ImportMapping,
  decisions: Record<string, string> = {},
  fileName = 'partners.csv',
) {
  const [job] = await db
    .insert(importJobs)
    .values({
      orgId: org.org.id,
      createdByUserId: org.manager.userId,
      createdByMembershipId: org.manager.membershipId,
      fileName,
      fileKind: 'csv',
      fileBytes: 100,
      table,
      totalRows: table.rows.length,
      mapping,
      decisions,
      status: 'queued',
    })
    .returning();
  return job!;
}

async function jobById(id: string) {
  const [job] = await t.db.select().from(importJobs).where(eq(importJobs.id, id));
  return job!;
}

const defaults = { category: '', stage: 'identified', branchId: '' };

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db, 'Sky Valley Library');
});

afterEach(() => {
  lookups.length = 0;
});

describe('the job', () => {
  it('imports the file, looks addresses up, merges into what is there, records it, and can be undone', async () => {
    const existing = await makePartner(t.db, org.org.id, {
      name: 'Grange Hall',
      description: 'Already known',
      category: 'physical_space',
    });
    const { table } = await readImportFile('partners.csv', fixture('messy-semicolons.csv'));
    const choices = await loadChoices(t.db, { orgId: org.org.id });
    const mapping: ImportMapping = { columns: suggestMapping(table, {}, choices), values: {}, defaults };
    const job = await makeJob(t.db, table, mapping);
    await runImportJob(t.db, job.id, { geocoder });

    const done = await jobById(job.id);
    expect(done).toMatchObject({
      status: 'done',
      cursor: 5,
      createdCount: 2,
      mergedCount: 1,
      invalidCount: 2,
      geocodedCount: 2,
    });
    expect(done.unplaced).toEqual([]);
    const made = await t.db
      .select()
      .from(partners)
      .where(eq(partners.importJobId, job.id))
      .orderBy(partners.name);
    expect(made.map((p) => [p.name, p.locationPrecision, p.latitude])).toEqual([
      // Only near the place: shown as an area.
      ['Riverside Teen Center', 'approximate', 47.8553],
      ['Sultan Elementary School', 'exact', 47.8631],
    ]);
    const history = await t.db.select().from(stageChanges).where(eq(stageChanges.partnerId, made[0]!.id));
    expect(history).toMatchObject([
      {
        fromStage: null,
        toStage: 'identified',
        note: 'Imported from partners.csv.',
        changedByUserId: org.manager.userId,
      },
    ]);
    const people = await t.db.select().from(contacts).where(eq(contacts.partnerId, made[1]!.id));
    expect(people).toMatchObject([{ name: 'Mia Carter', email: 'mia@sultanschool.example.org' }]);
    // The merge filled only what Grange Hall lacked.
    const [grange] = await t.db.select().from(partners).where(eq(partners.id, existing.id));
    expect(grange).toMatchObject({
      description: 'Already known',
      address: '1 Grange Way, Startup, 98293',
      version: 2,
    });
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, org.org.id), eq(auditEntries.entityId, job.id)));
    expect(audit.map((a) => a.action)).toEqual(['import.complete']);
    expect(audit[0]!.after).toMatchObject({
      fileName: 'partners.csv',
      created: 2,
      merged: 1,
      withProblems: 2,
    });

    await undoImport(t.db, { orgId: org.org.id, userId: org.manager.userId }, job.id);
    expect(await t.db.select().from(partners).where(eq(partners.importJobId, job.id))).toEqual([]);
    const [restored] = await t.db.select().from(partners).where(eq(partners.id, existing.id));
    expect(restored).toMatchObject({ description: 'Already known', address: '', version: 3 });
    expect((await jobById(job.id)).status).toBe('undone');
    await expect(undoImport(t.db, { orgId: org.org.id, userId: org.manager.userId }, job.id)).rejects.toThrow(
      /already been undone/,
    );
  });

  it('lists rows it could not place, and refuses undo once an imported partner was worked on', async () => {
    const table: ImportTable = {
      headers: ['Name', 'Category', 'Address'],
      rows: [
        ['Lost Lane Club', 'Club', '9 Nowhere Lane'],
        ['Hidden Friend', 'Person', '4 Home St'],
        ['No Address Society', 'Club', ''],
      ],
      rowNumbers: [2, 3, 4],
      unit: 'row',
      notes: [],
    };
    const mapping: ImportMapping = { columns: ['name', 'category', 'address'], values: {}, defaults };
    const job = await makeJob(t.db, table, mapping);
    await runImportJob(t.db, job.id, { geocoder });
    const done = await jobById(job.id);
    expect(done.unplaced.map((u) => [u.row, u.name, u.reason])).toEqual([
      [2, 'Lost Lane Club', 'The address was not found.'],
      [3, 'Hidden Friend', 'The address was not found.'],
      [4, 'No Address Society', 'The file gives no address or point.'],
    ]);
    expect(lookups).toEqual(['9 Nowhere Lane', '4 Home St']);
    const [friend] = await t.db
      .select()
      .from(partners)
      .where(and(eq(partners.importJobId, job.id), eq(partners.name, 'Hidden Friend')));
    // A person is never pinned exactly.
    expect(friend!.locationPrecision).toBe('approximate');

    await t.db
      .update(partners)
      .set({ version: 2, description: 'Edited after the import' })
      .where(eq(partners.id, friend!.id));
    await expect(undoImport(t.db, { orgId: org.org.id, userId: org.manager.userId }, job.id)).rejects.toThrow(
      'This import can no longer be undone: a partner it brought in or merged into has changed since (Hidden Friend).',
    );
    expect(await t.db.select().from(partners).where(eq(partners.importJobId, job.id))).toHaveLength(3);
  });

  it('after a crash in the middle of a batch leaves only whole partners, and resumes without doubling any', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `Partner number ${i + 1}`,
      'Institution',
      `Contact ${i + 1}`,
    ]);
    const table: ImportTable = {
      headers: ['Name', 'Category', 'Contact'],
      rows,
      rowNumbers: rows.map((_, i) => i + 2),
      unit: 'row',
      notes: [],
    };
    const job = await makeJob(t.db, table, {
      columns: ['name', 'category', 'contactName'],
      values: {},
      defaults,
    });
    await expect(runImportJob(t.db, job.id, { geocoder, failInBatch: 1 })).rejects.toThrow('Simulated crash');
    const stopped = await jobById(job.id);
    expect(stopped).toMatchObject({ status: 'failed', cursor: 50, createdCount: 50 });
    const afterCrash = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.importJobId, job.id));
    expect(afterCrash).toHaveLength(50);
    // Every partner written has its contact and its first stage: nothing half-written.
    const [{ withContact }] = (await t.db
      .select({ withContact: sql<number>`count(distinct ${contacts.partnerId})::int` })
      .from(contacts)
      .innerJoin(partners, eq(partners.id, contacts.partnerId))
      .where(eq(partners.importJobId, job.id))) as [{ withContact: number }];
    expect(withContact).toBe(50);

    await t.db.update(importJobs).set({ status: 'queued' }).where(eq(importJobs.id, job.id));
    await runImportJob(t.db, job.id, { geocoder });
    const finished = await jobById(job.id);
    expect(finished).toMatchObject({ status: 'done', cursor: 120, createdCount: 120 });
    const names = await t.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.importJobId, job.id));
    expect(new Set(names.map((n) => n.name)).size).toBe(120);
    expect(names).toHaveLength(120);
  });

  it('is run by one runner at a time: a live lease keeps a second one out', async () => {
    const table: ImportTable = {
      headers: ['Name'],
      rows: [['Only one']],
      rowNumbers: [2],
      unit: 'row',
      notes: [],
    };
    const job = await makeJob(t.db, table, {
      columns: ['name'],
      values: {},
      defaults: { ...defaults, category: 'association' },
    });
    await t.db
      .update(importJobs)
      .set({ status: 'running', leaseUntil: sql`now() + interval '1 minute'` })
      .where(eq(importJobs.id, job.id));
    await runImportJob(t.db, job.id, { geocoder });
    expect(await jobById(job.id)).toMatchObject({ status: 'running', createdCount: 0 });
    // The lease lapses (its runner died): the next runner takes over.
    await t.db
      .update(importJobs)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(importJobs.id, job.id));
    await runImportJob(t.db, job.id, { geocoder });
    expect(await jobById(job.id)).toMatchObject({ status: 'done', createdCount: 1 });
  });

  it('gives imported partners the branch by name, or the default', async () => {
    const branch = await createBranch(t.db, org.org.id, { name: 'Monroe Branch' });
    const table: ImportTable = {
      headers: ['Name', 'Branch'],
      rows: [
        ['Branch partner', 'monroe'],
        ['Default partner', ''],
      ],
      rowNumbers: [2, 3],
      unit: 'row',
      notes: [],
    };
    const choices = await loadChoices(t.db, { orgId: org.org.id });
    const plan = planImport(
      {
        table,
        mapping: {
          columns: ['name', 'branch'],
          values: {},
          defaults: { category: 'association', stage: 'connected', branchId: branch.id },
        },
        fileName: 'f.csv',
        decisions: {},
      },
      choices,
      [],
    );
    expect(plan.rows.map((r) => [r.partner?.primaryBranchId, r.partner?.stage])).toEqual([
      [branch.id, 'connected'],
      [branch.id, 'connected'],
    ]);
  });
});
