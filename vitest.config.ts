import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React's server build; tests are server code already.
      { find: /^server-only$/, replacement: `${root}/tests/support/empty-module.ts` },
    ],
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'db/**/*.test.ts',
      'components/**/*.test.ts',
      'tests/integration/**/*.test.ts',
    ],
    setupFiles: ['tests/support/setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // next-auth imports `next/server` without its extension, which Node's own resolver refuses: let
    // Vite resolve it (the single sign-on tests run Auth.js's routes, decision 0027).
    server: { deps: { inline: ['next-auth'] } },
  },
});
