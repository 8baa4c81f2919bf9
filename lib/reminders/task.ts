import 'server-only';
import { anyMailServer } from '@/lib/mail/server';
import type { ScheduledTaskDefinition } from '@/lib/scheduler/run';
import { sendDueDigests } from './digest-run';
import { digestSendingProblem } from './readiness';

/**
 * The app's clock sends due digests at its every look (lib/scheduler/start.ts): each digest has its
 * own claim (./digest-run.ts), so this task's lease only spares processes from planning at once.
 */
export const reminderDigestTask: ScheduledTaskDefinition = {
  name: 'reminder-digests',
  everySeconds: 4 * 60,
  leaseSeconds: 15 * 60,
  retrySeconds: 5 * 60,
  run: async (db, keepAlive) => {
    // Refused, the run is logged and recorded as failed, and tried again later; with no mail server
    // anywhere (the demo, a library that sends no mail) there is nothing to refuse, and nothing is sent.
    const problem = (await anyMailServer(db)) ? digestSendingProblem('scheduler') : null;
    if (problem) throw new Error(problem);
    return sendDueDigests(db, { keepAlive });
  },
};
