import { defineConfig } from '@playwright/test';
import { ports } from './tests/e2e/support/accounts';

// Debian's Chromium: Playwright's own browser download is not reachable here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const server = (port: number, extra = '') => ({
  command: `node --import tsx tests/e2e/support/server.ts ${port} ${extra}`,
  // The seeding code imports lib/, whose database modules are marked server-only: the scripts'
  // tsconfig maps that marker to an empty module outside Next.js, as for every npm script.
  // The tests' SMTP stand-in listens on 127.0.0.1, which an organization's own server may only be
  // when the operator allows private addresses.
  env: { TSX_TSCONFIG_PATH: 'scripts/tsconfig.scripts.json', MAIL_ALLOW_PRIVATE_HOSTS: '1' },
  url: `http://localhost:${port}/sign-in`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${ports.app}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'first-run',
      testMatch: /first-run\.spec\.ts/,
      use: { baseURL: `http://localhost:${ports.firstRun}` },
    },
    { name: 'app', testIgnore: /first-run\.spec\.ts/ },
  ],
  webServer: [server(ports.app), server(ports.firstRun, '--empty')],
});
