// npm run db:migrate: applies the committed migrations to DATABASE_URL (or the embedded database).
import { env } from '../lib/env';
import { openDatabase, openFromEnvironment } from './client';

async function main() {
  const url = env.databaseUrl();
  const handle = url
    ? await openDatabase({ kind: 'postgres', url, migrate: true, maxConnections: 1 })
    : await openFromEnvironment('the migrations (npm run db:migrate)');
  await handle.close();
  console.log(`Migrations applied to ${url ? 'PostgreSQL' : 'the embedded database'}.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
