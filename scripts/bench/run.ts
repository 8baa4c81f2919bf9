// npm run bench [-- --quick] [--only areas,map,server,load,payload,embedded] [--database-url URL] [--fresh]
//   [--map-sizes 10000,50000,100000] [--repeats 3]
// Measures Partner Atlas against baselines taken in the same run (see README, "Benchmarks"), prints
// a table and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMapPayload } from '@/lib/map/payload';
import { measureAreas } from './areas-bench';
import { adminContext, adminEmail, benchDatasets, type Dataset } from './datasets';
import { type AppServer, launchChromium, signIn, startApp, startPostgres } from './infra';
import { load } from './load-bench';
import { measureMap } from './map-bench';
import { baselinePayload } from './payload';
import { startReferenceServer, toGeoJson } from './reference';
import { embeddedComparisonRows, latencyRows, loadRows, mapRows, payloadRows } from './rows';
import { measureRoutes, openRaw, routeCases } from './server-bench';
import { formatTable, type ResultRow } from './stats';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'database-url': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'map-sizes': { type: 'string' },
    'server-size': { type: 'string' },
    'embedded-size': { type: 'string' },
    'load-size': { type: 'string' },
    'load-seconds': { type: 'string' },
    repeats: { type: 'string' },
    'areas-size': { type: 'string' },
  },
});

const quick = values.quick;
// The map at 100,000 partners is issue 21's target size; its data set is the server figures' one
// (made once, on PostgreSQL; ./datasets.ts makes a richer one again if the server asks for it).
const mapSizes = (values['map-sizes'] ?? (quick ? '1000,5000' : '10000,50000,100000')).split(',').map(Number);
const serverSize = Number(values['server-size'] ?? (quick ? 5000 : 100_000));
const embeddedSize = Number(values['embedded-size'] ?? (quick ? 1000 : 10_000));
const loadSize = Number(values['load-size'] ?? (quick ? 1000 : 10_000));
const loadSeconds = Number(values['load-seconds'] ?? (quick ? 10 : 30));
const repeats = Number(values.repeats ?? (quick ? 2 : 3));
const sections = new Set((values.only ?? 'areas,map,server,load,payload,embedded').split(','));
const areasSize = Number(values['areas-size'] ?? (quick ? 10_000 : 100_000));
const has = (s: string) => sections.has(s);
const serverUrl = values['database-url'] ?? process.env.BENCH_DATABASE_URL;

const root = process.cwd();
const dataRoot = path.join(root, '.data', 'bench');
const ports = { reference: 4740, postgres: 4741, app: 4750 };
const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const rows: ResultRow[] = [];
const details: Record<string, unknown> = {};

// A production build of the current sources.
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  log('No production build: running next build');
  const built = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Counting partners per area needs no server: measured first, in this process (./areas-bench.ts).
if (has('areas')) {
  log(`Counting ${areasSize} partners in 500 areas`);
  rows.push(...measureAreas({ partners: areasSize, areas: 500, repeats }));
}

const pg = await startPostgres({ url: serverUrl, dir: path.join(dataRoot, 'pg'), port: ports.postgres });
const reference = await startReferenceServer(ports.reference);
const browser = await launchChromium();
let app: AppServer | null = null;
const { postgresDataset, pgliteDataset } = benchDatasets({ pg, dataRoot, fresh: values.fresh, log });

async function serverFigures(dataset: Dataset, section: 'server' | 'embedded', base: string, cookie: string) {
  // PGlite allows one process per folder: the direct runs use a copy taken before the server started.
  const database =
    'url' in dataset.database ? dataset.database : { dataDir: `${dataset.database.dataDir}-direct` };
  const direct = openRaw(database);
  try {
    const ctx = await adminContext(database, dataset.size).catch(async () => {
      throw new Error('could not read the generated admin');
    });
    const latencies = await measureRoutes({
      baseUrl: base,
      cookie,
      cases: routeCases(ctx),
      direct,
      samples: quick ? 10 : 20,
      budgetMs: quick ? 10_000 : 30_000,
    });
    rows.push(...latencyRows(section, dataset, latencies));
    details[`${section}-${dataset.kind}-${dataset.size}`] = latencies;
  } finally {
    await direct.raw.close();
  }
}

try {
  const needed = new Map<number, number>(); // size → interactions per partner
  // The map reads no interactions: its own sets carry two a partner, which makes them quick to make.
  if (has('map') || has('payload')) for (const s of mapSizes) needed.set(s, 2);
  if (has('server')) needed.set(serverSize, 20);
  if (has('load')) needed.set(loadSize, 20);
  if (has('embedded')) needed.set(embeddedSize, 20);
  const pgSets: Dataset[] = [];
  for (const [size, interactions] of [...needed].sort((a, b) => a[0] - b[0])) {
    pgSets.push(await postgresDataset(size, interactions));
  }

  for (const dataset of pgSets) {
    const size = dataset.size;
    log(`Serving ${size} partners from PostgreSQL`);
    app = await startApp({ port: ports.app, database: dataset.database, tileUrl: reference.tileUrl });
    const session = await signIn(browser, app.url, adminEmail(size), 'bench-password-1');

    if ((has('map') || has('payload')) && mapSizes.includes(size)) {
      const at = '47.35,-120.6,7';
      const payload = await fetch(`${app.url}/api/map`, { headers: { cookie: session.header } }).then(
        readMapPayload,
      );
      reference.setPoints(toGeoJson(payload));
      log(`  map: ${payload.partners.length} points on the map, ${repeats} runs each`);
      const figures = await measureMap({
        browser,
        appUrl: `${app.url}/map?at=${at}`,
        referenceUrl: `${reference.url}/ref.html?at=${at}`,
        cookies: session.cookies,
        repeats,
      });
      details[`map-${size}`] = figures;
      if (has('map')) rows.push(...mapRows(size, figures));
      if (has('payload') && size === mapSizes[0]) {
        const scripts = figures.app.runs[0]!.scripts;
        const base = baselinePayload();
        details.payload = { scripts, baseline: base };
        rows.push(...payloadRows(scripts, base));
      }
    }

    if (has('server') && size === serverSize) {
      log('  server: route latency against direct SQL');
      await serverFigures(dataset, 'server', app.url, session.header);
    }
    if (has('embedded') && size === embeddedSize) {
      log('  embedded vs server: PostgreSQL side');
      await serverFigures(dataset, 'embedded', app.url, session.header);
    }

    if (has('load') && size === loadSize) {
      const listPath = '/partners?sector=youth_serving&stage=collaborating&stage=connected';
      const staticPath = await firstStaticChunk(app.url, session.header);
      const loads = [];
      for (const p of [staticPath, '/api/map', listPath]) {
        log(`  load: 50 clients for ${loadSeconds} s on ${p}`);
        loads.push(
          await load({
            baseUrl: app.url,
            path: p,
            cookie: session.header,
            connections: 50,
            seconds: loadSeconds,
          }),
        );
      }
      details.load = loads;
      rows.push(...loadRows(size, loads));
    }
    await app.stop();
    app = null;
  }

  if (has('embedded')) {
    const dataset = await pgliteDataset(embeddedSize);
    const dataDir = (dataset.database as { dataDir: string }).dataDir;
    fs.rmSync(`${dataDir}-direct`, { recursive: true, force: true });
    fs.cpSync(dataDir, `${dataDir}-direct`, { recursive: true });
    fs.rmSync(path.join(`${dataDir}-direct`, 'partner-atlas.lock'), { force: true });
    log(`Serving ${embeddedSize} partners from PGlite`);
    app = await startApp({ port: ports.app, database: dataset.database, tileUrl: reference.tileUrl });
    const session = await signIn(browser, app.url, adminEmail(embeddedSize), 'bench-password-1');
    try {
      await serverFigures(dataset, 'embedded', app.url, session.header);
    } finally {
      await app.stop();
      app = null;
      fs.rmSync(`${dataDir}-direct`, { recursive: true, force: true });
    }
    rows.push(...embeddedComparisonRows(rows, embeddedSize));
  }
} finally {
  await app?.stop();
  await browser.close();
  await reference.close();
  await pg.stop();
}

async function firstStaticChunk(base: string, cookie: string): Promise<string> {
  const html = await fetch(`${base}/map`, { headers: { cookie } }).then((r) => r.text());
  const match = html.match(/\/_next\/static\/[^"']+\.js/);
  if (!match) throw new Error('No static chunk found on the map page');
  return match[0];
}

const table = formatTable(rows);
console.log(`\n${table}\n`);
const minutes = (Date.now() - started) / 60_000;
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify(
    {
      when: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        loadAverage: os.loadavg(),
        node: process.version,
      },
      options: {
        quick,
        mapSizes,
        serverSize,
        embeddedSize,
        loadSize,
        loadSeconds,
        repeats,
        postgres: serverUrl ? 'given' : 'throwaway cluster',
      },
      minutes,
      rows,
      table,
      details,
    },
    null,
    2,
  )}\n`,
);
log(`Wrote bench/results.json (${minutes.toFixed(1)} min)`);
