import 'server-only';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { env } from '@/lib/env';
import { runDueTasks } from './run';
import { scheduledTaskList } from './tasks';

/**
 * The app's clock: once per server process (instrumentation.ts), it looks every few minutes for
 * tasks that are due (lib/scheduler/tasks.ts) and runs those no other process has claimed. A task
 * missed while the app was down is due at the first look after it starts again.
 */

/** The first look waits for the server to settle; later ones come this often. */
const firstLookMs = 30_000;
const everyLookMs = 5 * 60_000;

type Scheduler = { stop: () => void };
const holder = globalThis as { __partnerAtlasScheduler?: Scheduler };

export function schedulerDisabled(): boolean {
  return env.schedulerOff();
}

export function startScheduler(): Scheduler | undefined {
  if (schedulerDisabled()) return undefined;
  // Development reloads the server's modules; the timers must not multiply with them.
  if (holder.__partnerAtlasScheduler) return holder.__partnerAtlasScheduler;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const look = async () => {
    try {
      await runDueTasks(await getDb(), scheduledTaskList);
    } catch (error) {
      // The database may be unreachable for a while: the next look tries again.
      logError('scheduler', error);
    }
    if (!stopped) schedule(everyLookMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => void look(), ms);
    // The clock alone never keeps a process alive.
    timer.unref();
  };
  schedule(firstLookMs);
  const scheduler = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      holder.__partnerAtlasScheduler = undefined;
    },
  };
  holder.__partnerAtlasScheduler = scheduler;
  return scheduler;
}
