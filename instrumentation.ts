// Next.js calls register() once when a server process starts (`next start`, `npm run demo`,
// `next dev`), never while building. The app's clock starts here: the daily retention pass and
// whatever else lib/scheduler/tasks.ts lists (decision 0017).
// https://nextjs.org/docs/app/guides/instrumentation
export async function register() {
  // The Edge runtime has no timers that outlive a request, and no database driver.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
