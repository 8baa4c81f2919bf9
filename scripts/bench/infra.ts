// The benchmark's moving parts: a throwaway PostgreSQL, the production server, and a signed-in cookie.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import postgres from 'postgres';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type PostgresServer = {
  /** The address of database `name` on this server. */
  urlFor: (name: string) => string;
  /** Creates the database unless it exists; true when it was created. */
  ensureDatabase: (name: string) => Promise<boolean>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

function onServer(serverUrl: string, stop: () => Promise<void>): PostgresServer {
  const urlFor = (name: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = () => postgres(serverUrl, { max: 1, onnotice: () => {} });
  return {
    urlFor,
    ensureDatabase: async (name) => {
      const sql = admin();
      try {
        const found = await sql`select 1 from pg_database where datname = ${name}`;
        if (found.length) return false;
        await sql.unsafe(`create database ${name}`);
        return true;
      } finally {
        await sql.end();
      }
    },
    dropDatabase: async (name) => {
      const sql = admin();
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    },
    stop,
  };
}

/**
 * PostgreSQL for the benchmark: the server named by `url` (the benchmark makes its own databases on
 * it), else a throwaway cluster from the PostgreSQL binaries on this machine, kept in `dir` so a
 * second run can reuse the generated data.
 */
export async function startPostgres(options: {
  url?: string;
  dir: string;
  port: number;
}): Promise<PostgresServer> {
  if (options.url) return onServer(options.url, async () => {});
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL binaries found: set BENCH_DATABASE_URL, or install postgresql.');
  const root = os.userInfo().uid === 0;
  const run = (cmd: string, args: string[]) =>
    execFileSync(
      root ? 'runuser' : path.join(bin, cmd),
      root ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args,
      {
        stdio: 'pipe',
      },
    );
  const dataDir = path.join(options.dir, 'data');
  fs.mkdirSync(options.dir, { recursive: true });
  if (root) execFileSync('chown', ['postgres:postgres', options.dir]);
  fs.chmodSync(options.dir, 0o700);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    run('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
  }
  // Durability is off: this cluster holds nothing that cannot be generated again.
  const settings = `-p ${options.port} -k ${options.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(options.dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    settings,
    'start',
  ]);
  return onServer(`postgres://postgres@127.0.0.1:${options.port}/postgres`, async () => {
    run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  });
}

function findPostgresBin(): string | null {
  const candidates = [
    process.env.PG_BIN,
    '/usr/lib/postgresql/15/bin',
    '/usr/lib/postgresql/16/bin',
    '/usr/lib/postgresql/17/bin',
  ];
  for (const dir of candidates) if (dir && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  return null;
}

export type AppServer = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

/** `next start` on the production build, against one database. Stopped by its own process id. */
export async function startApp(options: {
  port: number;
  database: { url: string } | { dataDir: string };
  tileUrl: string;
}): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  const log = fs.openSync(path.join(os.tmpdir(), `partner-atlas-bench-${options.port}.log`), 'w');
  const child = spawn(
    process.execPath,
    // BENCH_NODE_ARGS: extra options for the server's Node.js, e.g. "--cpu-prof --cpu-prof-dir=DIR".
    [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      'node_modules/next/dist/bin/next',
      'start',
      '-p',
      String(options.port),
    ],
    {
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: 'url' in options.database ? options.database.url : '',
        PGLITE_DIR: 'dataDir' in options.database ? options.database.dataDir : '',
        AUTH_SECRET: 'benchmark-only-secret-0123456789abcdef0123',
        AUTH_URL: url,
        PARTNER_ATLAS_DEMO: '0',
        TILE_URL: options.tileUrl,
        TILE_ATTRIBUTION: 'Benchmark',
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.closeSync(log);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (${child.exitCode}); see its log in ${os.tmpdir()}`);
    try {
      const response = await fetch(`${url}/sign-in`);
      if (response.ok) return { url, port: options.port, process: child, stop };
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  await stop();
  throw new Error('next start did not answer within 90 s');
}

/** Signs in through the app's own form, as a person would, and returns the session cookies. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 60_000 });
  const cookies = await context.cookies();
  await context.close();
  return {
    cookies,
    header: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  };
}
