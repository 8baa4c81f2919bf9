// npm run demo: migrates and (on an empty database) seeds the demo, builds the app if its sources
// changed since the last build, prints how to sign in, and serves it on PORT (3000).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openFromEnvironment } from '../db/client';
import { demoSignInText, isEmpty, seedDemo } from '../db/seed/demo';

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

async function prepareDatabase() {
  const handle = await openFromEnvironment('the demo start-up (npm run demo)');
  try {
    if (await isEmpty(handle.db)) {
      await seedDemo(handle.db);
      console.log('Loaded the demo library system.');
    }
  } finally {
    await handle.close();
  }
}

async function main() {
  await prepareDatabase();
  buildIfStale();
  const env = { ...process.env, AUTH_SECRET: authSecret(), PARTNER_ATLAS_DEMO: '1', PORT: port };
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
    stdio: 'inherit',
    env,
  });
  console.log(`\n${demoSignInText(`http://localhost:${port}`)}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
