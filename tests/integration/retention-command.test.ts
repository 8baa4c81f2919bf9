import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '@/db/client';
import { auditEntries, interviews, scheduledTasks } from '@/db/schema';
import { rowsOf } from '@/lib/dashboard/sql';
import { createOrganization } from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { useTestDatabase } from '../support/database';

// `npm run retention`: one pass for every organization from the command line, through the same
// lease as the app's daily task; it refuses an embedded database another process holds, and a
// pass already under way elsewhere, and ends (closing the database) when done.

const t = useTestDatabase();
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const tsx = path.resolve('node_modules/.bin/tsx');
const runCommand = (env: Record<string, string>) =>
  spawnSync(tsx, ['--tsconfig', 'scripts/tsconfig.scripts.json', 'scripts/retention.ts'], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 110_000,
  });

type Target = { env: Record<string, string>; use: <T>(work: (db: Db) => Promise<T>) => Promise<T> };

/**
 * Where the command finds the database: this test's own PostgreSQL database, or a folder that the
 * test opens only while it works in it (one process at a time, as the app's lock requires).
 */
async function target(): Promise<Target> {
  if (t.handle.kind === 'postgres') {
    const [row] = await rowsOf<{ name: string }>(t.db, sql`select current_database() as name`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${row!.name}`;
    return { env: { DATABASE_URL: url.toString() }, use: (work) => work(t.db) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-retention-'));
  dirs.push(dir);
  return {
    env: { PGLITE_DIR: dir },
    async use(work) {
      const handle = await openDatabase({
        kind: 'pglite',
        dataDir: dir,
        purpose: 'the retention test',
        migrate: true,
      });
      try {
        return await work(handle.db);
      } finally {
        await handle.close();
      }
    },
  };
}

describe('npm run retention', { timeout: 240_000 }, () => {
  it('removes what is past its date in every organization, records the run, and refuses while a pass is under way', async () => {
    const where = await target();
    const { org, old } = await where.use(async (db) => {
      const org = await createOrganization(db, { name: 'Command Line Library' });
      const { version } = await createGuide(db, org.id);
      const old = await createInterview(db, org.id, version.id, {
        heldOn: '2015-06-01',
        consentNotes: true,
        answers: { [version.sections[0]!.questions[0]!.id]: 'An answer from long ago' },
      });
      // Another process is in the middle of a pass.
      await db.insert(scheduledTasks).values({
        name: 'retention',
        leaseHolder: 'elsewhere',
        leaseUntil: sql`now() + interval '5 minutes'`,
      });
      return { org, old };
    });

    const refused = runCommand(where.env);
    expect(refused.stderr).toContain('A retention pass is already under way in another process');
    expect(refused.status).toBe(1);

    await where.use((db) => db.update(scheduledTasks).set({ leaseUntil: sql`now() - interval '1 second'` }));
    const ran = runCommand(where.env);
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toContain('Command Line Library: removed answers of 1 interview(s)');
    expect(ran.status).toBe(0);

    await where.use(async (db) => {
      const [row] = await db.select().from(interviews).where(eq(interviews.id, old.id));
      expect(row!.answers).toEqual({});
      const [task] = await db.select().from(scheduledTasks).where(eq(scheduledTasks.name, 'retention'));
      expect(task).toMatchObject({ leaseHolder: null, leaseUntil: null, lastError: '' });
      expect(task!.lastSucceededAt).toBeInstanceOf(Date);
      const entries = await db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
      expect(entries).toMatchObject([{ action: 'retention.purge', actorUserId: null }]);
    });
  });

  it('refuses an embedded database folder another process holds, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-retention-lock-'));
    dirs.push(dir);
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/support/hold-database.ts', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(holder);
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk) => {
        if (String(chunk).includes('ready')) resolve();
      });
      holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    });
    const result = runCommand({ PGLITE_DIR: dir });
    expect(result.stderr).toContain('is in use by the lock test holder');
    expect(result.status).toBe(1);
  });
});
