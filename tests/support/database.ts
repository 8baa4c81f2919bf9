import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '@/db/client';
import { setDatabaseForTests } from '@/db/index';

/**
 * Gives the test file a fresh, migrated database: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again afterwards). The app code
 * under test (getDb()) uses the same one.
 */
export function useTestDatabase(): { readonly db: Db; readonly handle: DatabaseHandle } {
  let handle: DatabaseHandle | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const name = `pa_test_${randomBytes(6).toString('hex')}`;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      handle = await openDatabase({
        kind: 'postgres',
        url: url.toString(),
        migrate: true,
        maxConnections: 4,
      });
      dropDatabase = async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      handle = await openDatabase({ kind: 'pglite-memory', migrate: true });
    }
    setDatabaseForTests(handle);
  });

  afterAll(async () => {
    await handle?.close();
    await dropDatabase?.();
  });

  return {
    get db() {
      if (!handle) throw new Error('The test database is opened in beforeAll.');
      return handle.db;
    },
    get handle() {
      if (!handle) throw new Error('The test database is opened in beforeAll.');
      return handle;
    },
  };
}
