// Next.js calls register() once when a server process starts (`next start`, `npm run demo`,
// `next dev`), never while building. The app's clock starts here: the daily retention pass and
// whatever else lib/scheduler/tasks.ts lists (decision 0017).
// https://nextjs.org/docs/app/guides/instrumentation
export async function register() {
  // The Edge runtime has no timers that outlive a request, and no database driver.
  // NEXT_RUNTIME is read here, not through lib/env.ts: Next.js replaces it while bundling, which
  // keeps the Node-only code below out of the Edge bundle.
  // biome-ignore lint/style/noProcessEnv: Next.js's bundler needs the literal (see above)
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkEnvironment, env } = await import('./lib/env');
  if (env.isBuildPhase()) return;
  // A value the app cannot use stops the server at once, naming it, rather than failing later.
  checkEnvironment();
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
