// Serves the production build for the browser tests on a fresh embedded database of its own:
//   node --import tsx tests/e2e/support/server.ts PORT [--empty]
// --empty leaves the database empty (first-run setup); otherwise it is seeded with two organizations,
// and a Nominatim stand-in (./geocoder.ts) answers the address lookups on a port derived from PORT.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { startGeocoderStandIn } from '../../support/geocoder-stand-in';
import { startOidcStandIn } from '../../support/oidc-stand-in';
import { answerNominatim, geocoderPort } from './geocoder';
import { oidcClient, oidcPort, ssoOrganization } from './oidc';
import { seedBrowserTestData } from './seed';

const port = process.argv[2] ?? '3100';
const empty = process.argv.includes('--empty');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pa-e2e-${port}-`));

const handle = await openDatabase({
  kind: 'pglite',
  dataDir,
  purpose: 'the browser-test seed',
  migrate: true,
});
if (!empty) await seedBrowserTestData(handle.db);
await handle.close();

// The first-run server never looks an address up; the seeded one gets its own geocoder.
const geocoder = empty
  ? null
  : await startGeocoderStandIn(answerNominatim, { port: geocoderPort(Number(port)) });

// The single sign-on browser test's identity provider (decision 0027).
const oidc = empty
  ? null
  : await startOidcStandIn({
      port: oidcPort(Number(port)),
      ...oidcClient,
      redirectUris: [`http://localhost:${port}/api/auth/callback/sso-${ssoOrganization.id}`],
    });

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: '',
    PGLITE_DIR: dataDir,
    AUTH_SECRET: 'browser-tests-only-secret-0123456789abcdef',
    AUTH_URL: `http://localhost:${port}`,
    PARTNER_ATLAS_DEMO: '0',
    // Whatever the developer's shell says: the deployment default (OpenStreetMap), unreachable here.
    TILE_URL: '',
    TILE_ATTRIBUTION: '',
    // The stand-in (or, for the first-run server, nothing: the public one, unreachable here).
    NOMINATIM_URL: geocoder?.url ?? '',
    CENSUS_GEOCODER_URL: '',
    // The identity provider stand-in listens on 127.0.0.1 over plain HTTP.
    SSO_ALLOW_PRIVATE_ISSUERS: '1',
  },
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
  await geocoder?.close();
  await oidc?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
