import 'server-only';
import { env } from '../lib/env';
import { type DatabaseHandle, type Db, openFromEnvironment } from './client';

export type { Db, Tx } from './client';

type Holder = { handle?: Promise<DatabaseHandle> };
// Kept on globalThis so that hot reloads in development reuse one client (and one folder lock).
const globalHolder = globalThis as { __partnerAtlasDb?: Holder };
globalHolder.__partnerAtlasDb ??= {};
const holder = globalHolder.__partnerAtlasDb;

/** The app's database. Opened on first use, never at build time. */
export async function getDb(): Promise<Db> {
  if (env.isBuildPhase()) {
    throw new Error('The database is not opened while building: this page must be rendered per request.');
  }
  holder.handle ??= openFromEnvironment(
    `the Partner Atlas server (${process.argv.slice(1, 3).join(' ')})`,
  ).catch((error) => {
    holder.handle = undefined;
    throw error;
  });
  return (await holder.handle).db;
}

/** Tests hand the app their own database through this. */
export function setDatabaseForTests(handle: DatabaseHandle) {
  holder.handle = Promise.resolve(handle);
}
