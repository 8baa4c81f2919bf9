import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from '../lib/env';
import { syncBuiltinResources } from './catalogue/load';
import { acquireFolderLock, type FolderLock } from './lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: every helper that writes accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;

/** A database handle, or a way to open one at each use (a stream's batches, each in its own scope). */
export type DbSource = Db | (() => Promise<Db>);

/** The database a DbSource names, for one batch's reads. */
export function openSource(source: DbSource): Promise<Db> {
  return typeof source === 'function' ? source() : Promise.resolve(source);
}

export type DatabaseHandle = {
  db: Db;
  kind: 'postgres' | 'pglite';
  close: () => Promise<void>;
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; migrate?: boolean; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string; purpose: string; migrate?: boolean }
  | { kind: 'pglite-memory'; migrate?: boolean };

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

export const defaultDataDir = () =>
  path.resolve(/*turbopackIgnore: true*/ env.pgliteDir() ?? path.join(process.cwd(), '.data', 'pglite'));

/**
 * The one place a connection is made, for the app, the scripts and the tests alike. `migrate` also
 * loads the built-in resource catalogue (db/catalogue), so every migrated database has it.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
    if (options.migrate) {
      try {
        await migratePostgres(db, { migrationsFolder });
        await syncBuiltinResources(db as unknown as Db);
      } catch (error) {
        await client.end();
        throw error;
      }
    }
    return { db: db as unknown as Db, kind: 'postgres', close: () => client.end() };
  }

  let lock: FolderLock | null = null;
  let client: PGlite;
  if (options.kind === 'pglite') {
    lock = acquireFolderLock(options.dataDir, options.purpose);
    try {
      fs.mkdirSync(options.dataDir, { recursive: true });
      client = new PGlite(options.dataDir);
      await client.waitReady;
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = new PGlite();
    await client.waitReady;
  }
  const db = drizzlePglite(client, { schema, casing: 'snake_case' });
  const close = async () => {
    await client.close();
    lock?.release();
  };
  if (options.migrate) {
    try {
      await migratePglite(db, { migrationsFolder });
      await syncBuiltinResources(db as unknown as Db);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { db: db as unknown as Db, kind: 'pglite', close };
}

/** Opens whichever database the environment names: PostgreSQL with DATABASE_URL, else the embedded one. */
export function openFromEnvironment(purpose: string, migrateEmbedded = true): Promise<DatabaseHandle> {
  const url = env.databaseUrl();
  if (url) return openDatabase({ kind: 'postgres', url });
  return openDatabase({ kind: 'pglite', dataDir: defaultDataDir(), purpose, migrate: migrateEmbedded });
}
