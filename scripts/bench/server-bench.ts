// Server figures: latency of the app's routes against the same SQL run directly through the same driver.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { readAuthContext } from '@/lib/auth/context-query';
import type { MemberRole } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/queries';
import { parseDashboardFilter, resolvePeriod } from '@/lib/dashboard/filters';
import { listDashboardBranches, loadDashboard } from '@/lib/dashboard/load';
import { today as todayIn } from '@/lib/dates';
import { mapBranches, mapPartnersJson } from '@/lib/map/queries';
import { parsePartnerFilter } from '@/lib/partners/filters';
import { listOwnerFilterOptions, listPartners } from '@/lib/partners/queries';
import { overdueFollowUpCount } from '@/lib/relationships/follow-up-queries';
import { getHealthCadence } from '@/lib/relationships/queries';
import { median, percentile } from './stats';

export type Captured = { query: string; params: unknown[] };
type Raw = { run: (q: Captured) => Promise<unknown>; close: () => Promise<void> };

/** A drizzle instance that records every statement it sends, beside a way to send them again raw. */
export function openRaw(database: { url: string } | { dataDir: string }) {
  const log: Captured[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => log.push({ query, params }) };
  if ('url' in database) {
    const client = postgres(database.url, { max: 4, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case', logger }) as unknown as Db;
    const raw: Raw = {
      run: (q) => client.unsafe(q.query, q.params as never[]),
      close: () => client.end(),
    };
    return { db, log, raw };
  }
  const client = new PGlite(database.dataDir);
  const db = drizzlePglite(client, { schema, casing: 'snake_case', logger }) as unknown as Db;
  const raw: Raw = { run: (q) => client.query(q.query, q.params), close: () => client.close() };
  return { db, log, raw };
}

export type RouteCase = {
  name: string;
  path: string;
  /** Sent with each request to the app. */
  headers?: Record<string, string>;
  /** Runs the same reads the route runs, through `db` (whose statements are recorded). */
  reads: (db: Db) => Promise<unknown>;
};

/** The admin the routes are asked as, with the organization's time zone (as the auth context has it). */
type BenchCtx = {
  orgId: string;
  role: MemberRole;
  userId: string;
  membershipId: string;
  sessionId: string;
  timeZone: string;
};

/** What every signed-in request reads first: lib/auth/context.ts's statement, for a session of the admin's. */
async function authContextRead(db: Db, ctx: BenchCtx) {
  await readAuthContext(db, { userId: ctx.userId, membershipId: ctx.membershipId, sessionId: ctx.sessionId });
}

/** A page's reads begin with the layout's: who is asking, and the overdue count in the navigation. */
async function layoutReads(db: Db, ctx: BenchCtx) {
  await authContextRead(db, ctx);
  await overdueFollowUpCount(db, ctx);
}

export function routeCases(ctx: BenchCtx): RouteCase[] {
  const mapReads = async (db: Db) => {
    await authContextRead(db, ctx);
    await mapPartnersJson(db, ctx, parsePartnerFilter(new URLSearchParams()));
    await mapBranches(db, ctx);
  };
  const listQuery = 'sector=youth_serving&stage=connected&stage=collaborating';
  return [
    // The route keeps the partners' JSON while they are unchanged (lib/map/cache.ts): measured as
    // served from that cache, and as built again (as after a change; a hard reload asks for it).
    // The baseline is the same for both: building the JSON from the database.
    {
      name: 'map data route',
      path: '/api/map',
      reads: mapReads,
    },
    {
      name: 'map data route, rebuilt',
      path: '/api/map',
      headers: { 'cache-control': 'no-cache' },
      reads: mapReads,
    },
    {
      name: 'partner list, filtered',
      path: `/partners?${listQuery}`,
      reads: async (db) => {
        await layoutReads(db, ctx);
        const healthCadenceDays = await getHealthCadence(db, ctx);
        const filter = parsePartnerFilter(new URLSearchParams(listQuery));
        const listCtx = { ...ctx, healthCadenceDays };
        await Promise.all([
          listPartners(db, listCtx, filter, { sort: 'name', page: 1 }),
          listBranches(db, ctx),
          listOwnerFilterOptions(db, ctx),
        ]);
      },
    },
    {
      name: 'dashboard',
      path: '/dashboard',
      reads: async (db) => {
        await layoutReads(db, ctx);
        await Promise.all([listDashboardBranches(db, ctx.orgId), listOwnerFilterOptions(db, ctx)]);
        const filter = parseDashboardFilter({});
        const now = new Date();
        await loadDashboard(db, ctx, filter, resolvePeriod(filter, todayIn(ctx.timeZone, now)).period, now);
      },
    },
  ];
}

export type Latency = { name: string; path: string; app: number[]; direct: number[] };

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Alternates one request to the route and one direct run of its statements, so both see the same
 * machine. Stops at `samples` pairs or `budgetMs`, whichever comes first (at least 5 pairs).
 */
export async function measureRoutes(options: {
  baseUrl: string;
  cookie: string;
  cases: RouteCase[];
  direct: ReturnType<typeof openRaw>;
  samples: number;
  budgetMs: number;
}): Promise<Latency[]> {
  const out: Latency[] = [];
  for (const c of options.cases) {
    options.direct.log.length = 0;
    await c.reads(options.direct.db);
    const statements = [...options.direct.log];
    const request = async () => {
      const response = await fetch(`${options.baseUrl}${c.path}`, {
        headers: { cookie: options.cookie, ...c.headers },
        redirect: 'manual',
      });
      if (response.status !== 200) throw new Error(`${c.path} answered ${response.status}`);
      await response.arrayBuffer();
    };
    const directRun = async () => {
      for (const statement of statements) await options.direct.raw.run(statement);
    };
    // Warm both sides (compiled routes, prepared plans, caches).
    for (let i = 0; i < 2; i++) {
      await request();
      await directRun();
    }
    const app: number[] = [];
    const direct: number[] = [];
    const until = Date.now() + options.budgetMs;
    while (app.length < options.samples && (app.length < 5 || Date.now() < until)) {
      direct.push(await timed(directRun));
      app.push(await timed(request));
    }
    out.push({ name: c.name, path: c.path, app, direct });
  }
  return out;
}

export const summarise = (samples: number[]) => ({ p50: median(samples), p95: percentile(samples, 95) });
