import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { env } from '../lib/env';
import { type DatabaseHandle, type Db, openFromEnvironment } from './client';

export type { Db, DbSource, Tx } from './client';
export { openSource } from './client';

/** Who a scope works for: the organization its rows must belong to, and the person asking. */
export type OrgScope = { orgId: string; userId: string };
type ActiveScope = OrgScope & {
  /** The scope's transaction, begun by the first getDb() inside the scope. */
  tx?: Promise<Db>;
  after: (() => void)[];
};

type Holder = { handle?: Promise<DatabaseHandle>; scopes?: AsyncLocalStorage<ActiveScope> };
// Kept on globalThis so that hot reloads in development reuse one client (and one folder lock).
const globalHolder = globalThis as { __partnerAtlasDb?: Holder };
globalHolder.__partnerAtlasDb ??= {};
const holder = globalHolder.__partnerAtlasDb;
holder.scopes ??= new AsyncLocalStorage<ActiveScope>();
const scopes = holder.scopes;

type Ending = { finish: () => void; committed: Promise<void> };
const endings = new WeakMap<ActiveScope, Ending>();

/**
 * The app's database. Opened on first use, never at build time. Inside an organization's scope
 * (withOrgScope) it is that scope's transaction, where row-level security lets through only that
 * organization's rows (decision 0026); elsewhere it is the owner's connection, which is not bound.
 */
export async function getDb(): Promise<Db> {
  const scope = scopes.getStore();
  if (!scope) return getOwnerDb();
  scope.tx ??= begin(scope);
  return scope.tx;
}

/**
 * The owner's connection even inside a scope: only for work that is not the request's own and
 * outlives it (a background import), never for a query made on a member's behalf.
 */
export async function getOwnerDb(): Promise<Db> {
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

/** The scope the caller runs in, if any. */
export function currentOrgScope(): OrgScope | undefined {
  const scope = scopes.getStore();
  return scope ? { orgId: scope.orgId, userId: scope.userId } : undefined;
}

/**
 * The scope's transaction: it takes the role atlas_app and names the organization and person in
 * one statement, then stays open until the scope's work is done.
 */
async function begin(scope: ActiveScope): Promise<Db> {
  const owner = await getOwnerDb();
  let finish!: () => void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return new Promise<Db>((resolve, reject) => {
    let started = false;
    const committed = owner.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'atlas_app', true), set_config('app.org_id', ${scope.orgId}, true), set_config('app.user_id', ${scope.userId}, true)`,
      );
      started = true;
      resolve(tx as unknown as Db);
      await done;
    });
    endings.set(scope, { finish, committed });
    committed.catch((error) => {
      if (!started) reject(error);
    });
  });
}

/**
 * Runs `fn` as the organization's member: getDb() inside is one transaction, begun at its first
 * use, as the role `atlas_app` with the organization named, so every query is walled by row-level
 * security (decision 0026). A db.transaction inside becomes a savepoint. The transaction is
 * committed even when `fn` throws (then the error is thrown again): what `fn` wrote before it
 * failed stays written as it did before scopes existed, and its own db.transaction blocks roll
 * back as before. A scope inside the same organization's scope is the same scope.
 */
export async function withOrgScope<T>(scope: OrgScope, fn: () => Promise<T>): Promise<T> {
  const current = scopes.getStore();
  if (current) {
    if (current.orgId === scope.orgId && current.userId === scope.userId) return fn();
    throw new Error('An organization scope cannot open inside another organization’s scope.');
  }
  const active: ActiveScope = { orgId: scope.orgId, userId: scope.userId, after: [] };
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await scopes.run(active, fn) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const ending = endings.get(active);
  if (ending) {
    ending.finish();
    try {
      await ending.committed;
    } catch (error) {
      // The commit failed (an error inside fn aborted the transaction): fn's error tells more.
      if (outcome.ok) throw error;
    }
  }
  if (!outcome.ok) throw outcome.error;
  if (active.after.length) scopes.exit(() => runAfter(active.after));
  return outcome.value;
}

function runAfter(callbacks: (() => void)[]) {
  for (const callback of callbacks) callback();
}

/**
 * Runs `fn` once the current scope has committed, outside it (at once when there is no scope):
 * for work a request starts but does not wait for, which must see what the request wrote.
 */
export function afterScope(fn: () => void) {
  const scope = scopes.getStore();
  if (scope) scope.after.push(fn);
  else fn();
}

/**
 * Batches read for a download that streams after its request has answered: each batch is read in a
 * scope of its own, a short transaction per batch, so the stream stays behind row-level security
 * without holding a transaction (and PGlite's connection) while the browser downloads. The batches
 * must open the database per batch (a generator given `getDb` as its DbSource), not hold one handle.
 */
export function batchesInScope<T>(scope: OrgScope, batches: AsyncIterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = batches[Symbol.asyncIterator]();
      return {
        next: () => withOrgScope(scope, () => iterator.next()),
        return: async (value?: unknown) =>
          iterator.return
            ? withOrgScope(scope, () => iterator.return!(value))
            : ({ done: true, value } as IteratorResult<T>),
      };
    },
  };
}

/** Tests hand the app their own database through this. */
export function setDatabaseForTests(handle: DatabaseHandle) {
  holder.handle = Promise.resolve(handle);
}
