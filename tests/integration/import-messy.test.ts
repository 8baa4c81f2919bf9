import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importJobs, partners } from '@/db/schema';
import { messyPartnersCsv } from '@/db/seed/messy-import';
import type { Geocoder } from '@/lib/geocoding/types';
import { type ImportMapping, suggestMapping } from '@/lib/import/mapping';
import { planCounts, planImport } from '@/lib/import/plan';
import { loadChoices, loadExistingPartners } from '@/lib/import/queries';
import { readImportFile } from '@/lib/import/read';
import { runImportJob } from '@/lib/import/runner';
import { createOrganizationWithMembers, createPartner } from '../factories';
import { useTestDatabase } from '../support/database';

// The demo's sample: a messy spreadsheet of 1,000 partners. Its problems are reported one by one,
// its duplicates (of partners already there, and within the file) resolved, and the rest imported.

const t = useTestDatabase();
const { csv, expected } = messyPartnersCsv();
let org: Awaited<ReturnType<typeof createOrganizationWithMembers>>;

// Every address is found, as an area: the town's centre.
const geocoder: Geocoder = {
  kind: 'nominatim',
  search: async (address) => [
    { label: address, latitude: 47.8, longitude: -122.3, precision: 'approximate', provider: 'nominatim' },
  ],
};

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db, 'Sno-Isle Test Libraries');
  for (const [name, website] of [
    ['Lynnwood Family Resource Hub', 'https://www.lynnwoodfamilyhub.example.org'],
    ['Mountlake Terrace Middle School', 'https://mtms.example.org'],
    ['Edmonds College Career Center', 'https://careers.edmondscollege.example.edu'],
  ] as const) {
    await createPartner(t.db, org.org.id, { name, website, category: 'institution' });
  }
});

describe('the 1,000-row messy spreadsheet', () => {
  it('is the file the demo offers', () => {
    const file = readFileSync(path.join(__dirname, '../../demo/messy-partners-1000.csv'), 'utf8');
    expect(file).toBe(csv);
  });

  it('is mapped, checked, de-duplicated and imported, its problems reported row by row', async () => {
    const { table } = await readImportFile('messy-partners-1000.csv', new TextEncoder().encode(csv));
    expect(table.rows).toHaveLength(expected.rows);
    expect(table.notes).toContain(`${expected.blankLines} blank rows were left out.`);
    const ctx = { orgId: org.org.id };
    const choices = await loadChoices(t.db, ctx);
    const columns = suggestMapping(table, {}, choices);
    expect(columns).toEqual([
      'name',
      'category',
      'agesServed',
      'address',
      'address',
      'address',
      'website',
      'contactName',
      'contactEmail',
      'phone',
      'stage',
      'description',
    ]);
    const mapping: ImportMapping = {
      columns,
      values: { category: { coalition: 'association' } },
      defaults: { category: '', stage: 'identified', branchId: '' },
    };

    const plan = planImport(
      { table, mapping, fileName: 'messy.csv', decisions: {} },
      choices,
      await loadExistingPartners(t.db, ctx),
    );
    const problems = plan.rows.flatMap((row) => row.problems.map((p) => `${p.column}: ${p.message}`));
    expect(problems.filter((p) => p === 'Organisation Name: Enter the partner’s name.')).toHaveLength(
      expected.noName,
    );
    expect(problems.filter((p) => p.startsWith('Contact e-mail: Enter an email address'))).toHaveLength(
      expected.badEmail,
    );
    expect(problems.filter((p) => p.startsWith('Web: Enter a web address'))).toHaveLength(
      expected.badWebsite,
    );
    expect(problems).toHaveLength(expected.noName + expected.badEmail + expected.badWebsite);
    const existing = plan.duplicates.filter((d) => d.match.kind === 'existing');
    const inFile = plan.duplicates.filter((d) => d.match.kind === 'file');
    expect(existing.map((d) => d.match.name).sort()).toEqual([
      'Edmonds College Career Center',
      'Lynnwood Family Resource Hub',
      'Mountlake Terrace Middle School',
    ]);
    expect(inFile.filter((d) => d.strong)).toHaveLength(expected.repeats);
    // Different groups with like names ("Lakeview Walking Group", "Bayview Walking Group") are not
    // put before the person as likely duplicates.
    expect(inFile.filter((d) => !d.strong)).toEqual([]);
    const counts = planCounts(plan);
    expect(counts).toEqual({
      create: expected.rows - problems.length - expected.repeats - expected.demoDuplicates,
      merge: expected.demoDuplicates,
      skip: expected.repeats,
      invalid: problems.length,
    });

    const [job] = await t.db
      .insert(importJobs)
      .values({
        orgId: org.org.id,
        createdByUserId: org.manager.userId,
        fileName: 'messy.csv',
        fileKind: 'csv',
        fileBytes: csv.length,
        table,
        totalRows: table.rows.length,
        mapping,
        status: 'queued',
      })
      .returning();
    await runImportJob(t.db, job!.id, { geocoder });
    const [done] = await t.db.select().from(importJobs).where(eq(importJobs.id, job!.id));
    expect(done).toMatchObject({
      status: 'done',
      createdCount: counts.create,
      mergedCount: counts.merge,
      skippedCount: counts.skip,
      invalidCount: counts.invalid,
      geocodedCount: counts.create,
    });
    const made = await t.db
      .select({ stage: partners.stage, ages: partners.agesServed, category: partners.category })
      .from(partners)
      .where(eq(partners.importJobId, job!.id));
    expect(made).toHaveLength(counts.create);
    // "Active partner", "On hold", "Met" and the rest became stages; "Kids", "55+" and "0-5" ages.
    expect(new Set(made.map((p) => p.stage))).toEqual(
      new Set(['collaborating', 'reached_out', 'identified', 'paused', 'connected']),
    );
    expect(made.some((p) => p.ages.includes('older_adults'))).toBe(true);
    expect(made.some((p) => p.ages.includes('early_childhood'))).toBe(true);
  });
});
