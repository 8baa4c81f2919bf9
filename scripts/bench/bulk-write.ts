import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';

/** Writes rows in multi-row INSERTs, as many per statement as PostgreSQL's 65,535 parameters allow. */
export async function insertAll(db: Db, table: PgTable, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(60_000 / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/** One value in COPY's text format (https://www.postgresql.org/docs/current/sql-copy.html). */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`);
    return `{${items.join(',')}}`.replace(/\\/g, '\\\\');
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type PgliteClient = { query: (text: string, params: unknown[], options: { blob: Blob }) => Promise<unknown> };
type PostgresClient = {
  unsafe: (text: string) => { writable: () => Promise<NodeJS.WritableStream> };
};

/**
 * Bulk rows with COPY FROM STDIN (postgres.js) or from a blob (PGlite): several times faster than
 * INSERTs for the millions of interaction rows at 100,000 partners. Every row must have the same keys.
 */
export async function copyAll(db: Db, table: PgTable, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]!);
  const text = `${rows.map((row) => keys.map((k) => copyValue(row[k])).join('\t')).join('\n')}\n`;
  const statement = `copy ${getTableName(table)} (${keys.map(snake).join(', ')}) from`;
  const client = (db as unknown as { $client: unknown }).$client;
  if (client && typeof (client as PostgresClient).unsafe === 'function') {
    const stream = await (client as PostgresClient).unsafe(`${statement} stdin`).writable();
    await pipeline(Readable.from([text]), stream);
  } else if (client && typeof (client as PgliteClient).query === 'function') {
    await (client as PgliteClient).query(`${statement} '/dev/blob'`, [], { blob: new Blob([text]) });
  } else {
    await insertAll(db, table, rows);
  }
}
