// npm run bench:data -- --partners N [--database-url URL | --data-dir DIR] [--interactions 20]
// Migrates the database named and adds one generated library system of N partners (./generate.ts).
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { generateOrganization } from './generate';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '1000' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    interactions: { type: 'string', default: '20' },
    tag: { type: 'string' },
  },
});

const partners = Number(values.partners);
if (!Number.isInteger(partners) || partners < 1)
  throw new Error('--partners takes a whole number, e.g. 10000');
const url = values['database-url'] ?? (values['data-dir'] ? undefined : process.env.DATABASE_URL);
const dataDir = values['data-dir'] ?? '.data/bench-pglite';
const handle = url
  ? await openDatabase({ kind: 'postgres', url, migrate: true })
  : await openDatabase({ kind: 'pglite', dataDir, purpose: 'npm run bench:data', migrate: true });
const started = Date.now();
try {
  const result = await generateOrganization(handle.db, {
    partners,
    interactionsPerPartner: Number(values.interactions),
    tag: values.tag,
    onProgress: (done, total) => {
      if (done % 10_000 === 0 || done === total) process.stderr.write(`  ${done} / ${total} partners\n`);
    },
  });
  console.log(
    `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s on ${url ? 'PostgreSQL' : `PGlite (${dataDir})`}:`,
  );
  console.table(result.counts);
  console.log(`Sign in as ${result.adminEmail} with the password ${result.password}`);
} finally {
  await handle.close();
}
