import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { auditEntries, memberships, organizations, userSessions, users } from '@/db/schema';
import { generateOrganization } from './generate';
import type { PostgresServer } from './infra';
import { openRaw } from './server-bench';

// The generated data sets the benchmark serves: made once per size and kept between runs.

export type Dataset = {
  size: number;
  database: { url: string } | { dataDir: string };
  kind: 'postgres' | 'pglite';
};

export const adminEmail = (size: number) => `bench-admin-${size}@example.org`;
const orgName = (size: number) => `Bench Library System (${size.toLocaleString('en-US')} partners)`;

type Handle = Awaited<ReturnType<typeof openDatabase>>;

/**
 * The interactions of the finished generated organization of this size in the database (as its
 * generation recorded them), or null when there is none.
 */
async function generatedInteractions(db: Handle['db'], size: number): Promise<number | null> {
  const [found] = await db
    .select({ after: auditEntries.after })
    .from(organizations)
    .innerJoin(
      auditEntries,
      and(eq(auditEntries.orgId, organizations.id), eq(auditEntries.action, 'bench.generate')),
    )
    .where(eq(organizations.name, orgName(size)));
  return found ? Number(found.after?.interactions ?? 0) : null;
}

/**
 * True when the database holds a finished generated organization of this size with about as many
 * interactions a partner as asked or more. One database serves a size: the map's sets carry two
 * interactions a partner, the server's twenty, so a map set is made again when the server needs it
 * (half the asked count allows for the generator's randomness).
 */
async function isGenerated(db: Handle['db'], size: number, interactions: number) {
  const made = await generatedInteractions(db, size);
  return made !== null && made >= (size * interactions) / 2;
}

/**
 * The data sets of a run, on the run's PostgreSQL server or in PGlite folders under `dataRoot`;
 * `fresh` makes them again.
 */
export function benchDatasets(options: {
  pg: PostgresServer;
  dataRoot: string;
  fresh: boolean;
  log: (message: string) => void;
}) {
  const { pg, dataRoot, fresh, log } = options;

  async function generate(handle: Handle, size: number, interactions: number) {
    const t = Date.now();
    const result = await generateOrganization(handle.db, {
      partners: size,
      interactionsPerPartner: interactions,
    });
    log(
      `  generated ${size} partners (${result.counts.interactions} interactions) in ${((Date.now() - t) / 1000).toFixed(0)} s`,
    );
  }

  async function postgresDataset(size: number, interactions: number): Promise<Dataset> {
    const name = `partner_atlas_bench_${size}`;
    if (fresh) await pg.dropDatabase(name);
    await pg.ensureDatabase(name);
    const url = pg.urlFor(name);
    const handle = await openDatabase({ kind: 'postgres', url, migrate: true });
    try {
      if (!(await isGenerated(handle.db, size, interactions))) {
        await handle.close();
        await pg.dropDatabase(name);
        await pg.ensureDatabase(name);
        const fresh = await openDatabase({ kind: 'postgres', url, migrate: true });
        log(`Generating ${size} partners (${interactions} interactions a partner) on PostgreSQL…`);
        try {
          await generate(fresh, size, interactions);
        } finally {
          await fresh.close();
        }
        return { size, database: { url }, kind: 'postgres' };
      }
    } finally {
      await handle.close().catch(() => {});
    }
    return { size, database: { url }, kind: 'postgres' };
  }

  async function pgliteDataset(size: number): Promise<Dataset> {
    const dataDir = path.join(dataRoot, `pglite-${size}`);
    if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    let handle = await openDatabase({ kind: 'pglite', dataDir, purpose: 'npm run bench', migrate: true });
    if (!(await isGenerated(handle.db, size, 20))) {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      handle = await openDatabase({ kind: 'pglite', dataDir, purpose: 'npm run bench', migrate: true });
      log(`Generating ${size} partners on PGlite…`);
      await generate(handle, size, 20);
    }
    await handle.close();
    return { size, database: { dataDir }, kind: 'pglite' };
  }

  return { postgresDataset, pgliteDataset };
}

/** The generated admin of a data set, as the app's context (with a session row of its own). */
export async function adminContext(database: Dataset['database'], size: number) {
  const probe = openRaw(database);
  try {
    const [m] = await probe.db
      .select({
        orgId: memberships.orgId,
        userId: users.id,
        membershipId: memberships.id,
        timeZone: organizations.timeZone,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(users.email, adminEmail(size)));
    if (!m) throw new Error(`No generated admin for ${size}`);
    // The baseline reads the session the way the app does: a session row of the admin's of its own,
    // in the database the direct statements go to (for PGlite, the copy the server does not hold).
    const [session] = await probe.db
      .insert(userSessions)
      .values({
        userId: m.userId,
        membershipId: m.membershipId,
        sessionVersion: 1,
        browser: 'Benchmark baseline',
        expiresAt: new Date(Date.now() + 12 * 3600_000),
      })
      .returning({ id: userSessions.id });
    return { ...m, sessionId: session!.id, role: 'admin' as const };
  } finally {
    await probe.raw.close();
  }
}
