// Plans of the statements the app sends: record them through a logging drizzle on the same client,
// then ask the database how it would run each one.
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { DatabaseHandle, Db } from '@/db/client';
import * as schema from '@/db/schema';

export type Statement = { query: string; params: unknown[] };
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

type PostgresClient = { unsafe: (q: string, p: unknown[]) => Promise<Record<string, unknown>[]> };
type PgliteClient = { query: (q: string, p: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

/** A drizzle instance on the handle's own client whose statements are kept in `statements`. */
export function recording(handle: DatabaseHandle) {
  const statements: Statement[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => statements.push({ query, params }) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db =
    handle.kind === 'postgres'
      ? drizzlePostgres(client as never, { schema, casing: 'snake_case', logger })
      : drizzlePglite(client as never, { schema, casing: 'snake_case', logger });
  const raw = async (query: string, params: unknown[]) =>
    handle.kind === 'postgres'
      ? await (client as PostgresClient).unsafe(query, params)
      : (await (client as PgliteClient).query(query, params)).rows;
  return { db: db as unknown as Db, statements, raw };
}

export type ScanSummary = { node: string; relation?: string; index?: string };

/** Every scan in the plan of each statement, flattened. */
export async function scansOf(rec: ReturnType<typeof recording>, statements: Statement[]) {
  const out: { statement: string; scans: ScanSummary[] }[] = [];
  for (const s of statements) {
    const [row] = await rec.raw(`explain (format json) ${s.query}`, s.params);
    const value = row?.['QUERY PLAN'];
    const plan = (typeof value === 'string' ? JSON.parse(value) : value) as { Plan: PlanNode }[];
    const scans: ScanSummary[] = [];
    const walk = (node: PlanNode) => {
      if (node['Node Type'].includes('Scan'))
        scans.push({ node: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] });
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan[0]!.Plan);
    out.push({ statement: s.query, scans });
  }
  return out;
}
