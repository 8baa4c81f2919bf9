import { GeocodeError } from './errors';

export type Clock = {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export type Pacer = {
  /** Runs `task` in its turn: never sooner than `intervalMs` after the previous task started. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
};

/**
 * Keeps calls to a service at most one per `intervalMs`, in the order they were asked for: later
 * calls wait their turn rather than being dropped. A call that would have to wait longer than
 * `maxWaitMs` is refused as "busy", so that nobody stares at a spinner for minutes.
 */
export function createPacer(options: { intervalMs: number; maxWaitMs?: number; clock?: Clock }): Pacer {
  const clock = options.clock ?? systemClock;
  const maxWaitMs = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  // When the next call may start. Slots are handed out synchronously, so concurrent callers queue.
  let nextSlot = Number.NEGATIVE_INFINITY;
  return {
    async run(task, signal) {
      const now = clock.now();
      const start = Math.max(now, nextSlot);
      if (start - now > maxWaitMs) {
        throw new GeocodeError('busy', `pacer queue is ${Math.round(start - now)} ms long`);
      }
      nextSlot = start + options.intervalMs;
      if (start > now) await clock.sleep(start - now, signal);
      return task();
    },
  };
}
