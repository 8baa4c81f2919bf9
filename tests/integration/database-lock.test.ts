import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { DatabaseLockedError, LOCK_FILE_NAME } from '@/db/lock';
import { organizations } from '@/db/schema';

const tsx = path.resolve('node_modules/.bin/tsx');
const children: ChildProcess[] = [];
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lock-'));

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function holdInChild(dir: string): Promise<ChildProcess> {
  // `node --import tsx` rather than the tsx binary, which would run the script in a grandchild.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/hold-database.ts', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

// Each case starts real processes that open and migrate a database: slow on a busy machine.
describe('the embedded database folder lock', { timeout: 120_000 }, () => {
  it('refuses a second opener in another process, naming what holds the folder', async () => {
    const dir = tempDir();
    const holder = await holdInChild(dir);
    const attempt = openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'a second server' });
    await expect(attempt).rejects.toThrow(DatabaseLockedError);
    await expect(attempt).rejects.toThrow(`the lock test holder (process ${holder.pid}`);
  });

  it('refuses the seed script while a server holds the folder, and writes nothing', async () => {
    const dir = tempDir();
    await holdInChild(dir);
    const seed = spawnSync(tsx, ['db/seed/run.ts'], {
      env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(seed.status).toBe(1);
    expect(seed.stderr).toContain('is in use by the lock test holder');
  });

  it('recovers a lock left by a process that died without cleaning up, and keeps its data', async () => {
    const dir = tempDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'first', migrate: true });
    await first.db.insert(organizations).values({ name: 'Survives a crash' });
    await first.close();

    const holder = await holdInChild(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);

    const reopened = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'after the crash' });
    try {
      const rows = await reopened.db.select().from(organizations);
      expect(rows.map((row) => row.name)).toEqual(['Survives a crash']);
      const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8'));
      expect(lock.pid).toBe(process.pid);
    } finally {
      await reopened.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a second opener in the same process too', async () => {
    const dir = tempDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'the first opener' });
    try {
      await expect(
        openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'a second opener' }),
      ).rejects.toThrow('in use by the first opener');
    } finally {
      await first.close();
    }
  });
});
