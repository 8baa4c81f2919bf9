// npm run demo: migrates and (on an empty database) seeds the demo, builds the app if its sources
// changed since the last build, prints how to sign in, and serves it on PORT (3000).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, openFromEnvironment } from '../db/client';
import { demoSignInText, holdsDemo, isEmpty, seedDemo } from '../db/seed/demo';

const root = process.cwd();
const port = process.env.PORT ?? '3000';

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, '.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function newestSourceChange(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ['app', 'components', 'lib', 'db', 'public'])
    if (fs.existsSync(dir)) walk(path.join(root, dir));
  for (const file of ['package-lock.json', 'next.config.js', 'proxy.ts']) {
    if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSourceChange()) return;
  console.log('Building Partner Atlas (about a minute the first time)…');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Migrates, seeds an empty database, and says whether the demo's sign-in details may be shown. */
async function prepareDatabase(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  const handle = url
    ? await openDatabase({ kind: 'postgres', url, migrate: true, maxConnections: 1 })
    : await openFromEnvironment('the demo start-up (npm run demo)');
  try {
    if (await isEmpty(handle.db)) {
      await seedDemo(handle.db);
      console.log('Loaded the demo library system.');
    }
    const demo = await holdsDemo(handle.db);
    if (!demo) console.log('This database holds other data than the demo: the demo accounts are not shown.');
    return demo;
  } finally {
    await handle.close();
  }
}

async function main() {
  const demo = await prepareDatabase();
  buildIfStale();
  const env = { ...process.env, AUTH_SECRET: authSecret(), PARTNER_ATLAS_DEMO: demo ? '1' : '0', PORT: port };
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
    stdio: 'inherit',
    env,
  });
  console.log(
    demo ? `\n${demoSignInText(`http://localhost:${port}`)}\n` : `\nOpen http://localhost:${port}\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
