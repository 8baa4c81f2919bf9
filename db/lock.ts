import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock between processes: two processes that open the same data folder both
 * "succeed" and one side's writes are silently lost. Every opener of the embedded database
 * therefore takes this lock first: a file created with O_EXCL holding who took it.
 */
export const LOCK_FILE_NAME = 'partner-atlas.lock';

export type LockHolder = { pid: number; hostname: string; purpose: string; startedAt: string };
export type FolderLock = { file: string; holder: LockHolder; release: () => void };

export class DatabaseLockedError extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database folder ${path.dirname(file)} is in use by ${holder.purpose} ` +
        `(process ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). ` +
        'Stop that process first (for example stop the running app before seeding), ' +
        `or set DATABASE_URL to use PostgreSQL. If no such process is running, delete ${file}.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      hostname: String(parsed.hostname ?? 'unknown host'),
      purpose: String(parsed.purpose ?? 'another process'),
      startedAt: String(parsed.startedAt ?? 'an unknown time'),
    };
  } catch {
    return null;
  }
}

/** True when the process that wrote the lock may still be running. */
export function isHolderAlive(holder: LockHolder): boolean {
  // A lock written on another machine (a shared folder) cannot be checked from here: respect it.
  if (holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireFolderLock(dir: string, purpose: string): FolderLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE_NAME);
  const holder: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    purpose,
    startedAt: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(file);
      if (current && isHolderAlive(current)) throw new DatabaseLockedError(file, current);
      recoverStaleLock(file, current);
      continue;
    }
    const release = () => {
      const current = readHolder(file);
      if (current?.pid === holder.pid && current.startedAt === holder.startedAt)
        fs.rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return { file, holder, release };
  }
  throw new Error(`Could not take the lock on ${dir}: it keeps changing hands.`);
}

/**
 * Moves a dead process's lock aside. Renaming first means two processes recovering the same
 * stale lock cannot delete a fresh lock that a third process took in between.
 */
function recoverStaleLock(file: string, seen: LockHolder | null) {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  const sameLock = moved?.pid === seen?.pid && moved?.startedAt === seen?.startedAt;
  if (!sameLock && moved && isHolderAlive(moved)) {
    // Someone took a fresh lock between our read and our rename: give it back.
    fs.renameSync(aside, file);
    throw new DatabaseLockedError(file, moved);
  }
  fs.rmSync(aside, { force: true });
}
