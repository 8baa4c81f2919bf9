import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as problemsRoute } from '@/app/api/imports/[importId]/problems/route';
import { GET as progressRoute } from '@/app/api/imports/[importId]/route';
import { importColumnMemory, importJobs, organizations, partners } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import {
  discardImport,
  resumeImport,
  reviseImportMapping,
  saveImportMapping,
  startImport,
  undoImportAction,
  uploadImport,
} from '@/lib/import/actions';
import { createBranch, createOrganizationWithMembers, form, signInAs } from '../factories';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// The import through its actions and routes, as a browser calls them: the file upload, the columns,
// the start, progress and the problems file; and the walls: only managers and admins of the
// organization reach an import, and another organization's reads as missing.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/import', name));

function upload(name: string, bytes: Buffer | string) {
  const data = new FormData();
  data.append('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  return uploadImport(null, data);
}

async function jobOf(id: string) {
  const [job] = await t.db.select().from(importJobs).where(eq(importJobs.id, id));
  return job!;
}

const idFrom = (location: string) => location.split('/').pop()!;
const route = (id: string) => ({ params: Promise.resolve({ importId: id }) });
const request = (id: string) => new Request(`http://localhost/api/imports/${id}`);

async function waitForEnd(id: string) {
  for (let i = 0; i < 200; i += 1) {
    const job = await jobOf(id);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The import did not end');
}

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Aspen Library');
  b = await createOrganizationWithMembers(t.db, 'Beech Library');
  // No address service in tests: the offline one answers from postal codes.
  await t.db.update(organizations).set({ geocoder: 'offline' }).where(eq(organizations.id, a.org.id));
});

describe('a manager importing a file through the pages', () => {
  it('uploads, maps, starts, follows the progress and downloads the problems; the columns are remembered', async () => {
    signInAs(a.manager);
    const location = await expectRedirect(() => upload('messy.csv', fixture('messy-semicolons.csv')));
    const id = idFrom(location);
    expect(location).toBe(`/partners/import/${id}`);
    expect(await jobOf(id)).toMatchObject({
      status: 'mapping',
      fileName: 'messy.csv',
      totalRows: 5,
      orgId: a.org.id,
    });

    // The columns step refuses a mapping without a name, with the reason beside it.
    const noName = {
      columns: [
        '',
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
    const refused = (await saveImportMapping(
      null,
      form({ jobId: id, mapping: JSON.stringify(noName) }),
    )) as ActionResult;
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { columns: ['Choose the column that holds each partner’s name.'] },
    });
    const twice = { ...noName, columns: ['name', 'name', ...noName.columns.slice(2)] };
    const refusedTwice = (await saveImportMapping(
      null,
      form({ jobId: id, mapping: JSON.stringify(twice) }),
    )) as ActionResult;
    expect(refusedTwice).toMatchObject({
      ok: false,
      fieldErrors: { 'column-1': ['Only one column can be the name.'] },
    });
    const mapping = { ...noName, columns: ['name', ...noName.columns.slice(1)] };
    await expectRedirect(() =>
      saveImportMapping(null, form({ jobId: id, mapping: JSON.stringify(mapping) })),
    );
    expect((await jobOf(id)).status).toBe('review');
    const memory = await t.db.select().from(importColumnMemory).where(eq(importColumnMemory.orgId, a.org.id));
    expect(Object.fromEntries(memory.map((m) => [m.header, m.field]))).toMatchObject({
      'org name': 'name',
      type: 'category',
      notes: 'description',
    });

    const problems = await problemsRoute(request(id), route(id));
    expect(problems.status).toBe(200);
    const rows = parseCsv((await problems.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]!.slice(0, 5)).toEqual(['Row', 'Column', 'Value', 'Problem', 'Org Name']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['7', 'Contact Email'],
      ['8', 'Org Name'],
    ]);

    await expectRedirect(() => startImport(null, form({ jobId: id })));
    const done = await waitForEnd(id);
    expect(done).toMatchObject({ status: 'done', createdCount: 3, invalidCount: 2 });
    const progress = await progressRoute(request(id), route(id));
    expect(await progress.json()).toMatchObject({ status: 'done', total: 5, done: 5, created: 3, failed: 2 });
    // The offline geocoder placed the addresses with a postal code, as areas.
    const made = await t.db.select().from(partners).where(eq(partners.importJobId, id));
    expect(made).toHaveLength(3);
    expect(made.every((p) => p.latitude !== null && p.locationPrecision === 'approximate')).toBe(true);

    // Started once: a second start is refused; undo works through the action.
    const again = (await startImport(null, form({ jobId: id }))) as ActionResult;
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining('already started') });
    await expectRedirect(() => undoImportAction(null, form({ jobId: id })));
    expect((await jobOf(id)).status).toBe('undone');
  });

  it('refuses a file that cannot be read beside the field, and keeps nothing', async () => {
    signInAs(a.manager);
    const before = await t.db.select().from(importJobs).where(eq(importJobs.orgId, a.org.id));
    const result = (await upload('partners.kml', '<html>not a map</html>')) as ActionResult;
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/not KML/)] } });
    const none = (await uploadImport(null, new FormData())) as ActionResult;
    expect(none).toMatchObject({ ok: false, fieldErrors: { file: ['Choose a file to import.'] } });
    expect(await t.db.select().from(importJobs).where(eq(importJobs.orgId, a.org.id))).toHaveLength(
      before.length,
    );
  });
});

describe('the walls', () => {
  let bJob: string;
  beforeAll(async () => {
    signInAs(b.manager);
    bJob = idFrom(
      await expectRedirect(() => upload('beech.csv', 'Name,Category\nBeech Secret Garden,Club\n')),
    );
    signInAs(null);
  });

  it('staff and viewers cannot upload, and are refused every import action', async () => {
    for (const member of [a.staff, a.viewer]) {
      signInAs(member);
      const result = (await upload('x.csv', 'Name\nA\n')) as ActionResult;
      expect(result).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Only managers and admins can do this/),
      });
      for (const action of [
        saveImportMapping,
        reviseImportMapping,
        startImport,
        resumeImport,
        discardImport,
        undoImportAction,
      ]) {
        const refused = (await action(null, form({ jobId: bJob, mapping: '{}' }))) as ActionResult;
        expect(refused.ok).toBe(false);
      }
      expect((await progressRoute(request(bJob), route(bJob))).status).toBe(403);
      expect((await problemsRoute(request(bJob), route(bJob))).status).toBe(403);
    }
  });

  it('another organization’s import reads as missing to an admin, and nothing of it changes', async () => {
    signInAs(a.admin);
    for (const action of [reviseImportMapping, startImport, resumeImport, discardImport, undoImportAction]) {
      const refused = (await action(null, form({ jobId: bJob }))) as ActionResult;
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    }
    const mapping = {
      columns: ['name', 'category'],
      values: {},
      defaults: { category: '', stage: 'identified', branchId: '' },
    };
    const refused = (await saveImportMapping(
      null,
      form({ jobId: bJob, mapping: JSON.stringify(mapping) }),
    )) as ActionResult;
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect((await progressRoute(request(bJob), route(bJob))).status).toBe(404);
    expect((await problemsRoute(request(bJob), route(bJob))).status).toBe(404);
    expect(await jobOf(bJob)).toMatchObject({ status: 'mapping', mapping: null });
    signInAs(null);
    expect((await progressRoute(request(bJob), route(bJob))).status).toBe(401);
  });

  it('a mapping cannot point rows at another organization’s branch', async () => {
    signInAs(b.manager);
    const branch = await createBranch(t.db, a.org.id, { name: 'Aspen Hidden Branch' });
    const mapping = {
      columns: ['name', 'category'],
      values: {},
      defaults: { category: '', stage: 'identified', branchId: branch.id },
    };
    const refused = (await saveImportMapping(
      null,
      form({ jobId: bJob, mapping: JSON.stringify(mapping) }),
    )) as ActionResult;
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { 'defaults.branchId': ['Choose one of your library’s branches, or none.'] },
    });
  });
});
