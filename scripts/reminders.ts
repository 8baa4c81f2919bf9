// npm run reminders:send: one pass of the e-mail digests, as the app's clock does every few minutes
// (decision 0022): plans what is due, sends it, retries what failed once its wait is over. Each
// digest is claimed on its own, so this is safe beside a running app on PostgreSQL; the embedded
// database is refused while the app holds its folder.
import { openFromEnvironment } from '@/db/client';
import { DatabaseLockedError } from '@/db/lock';
import { sendDueDigests } from '@/lib/reminders/digest-run';
import { digestSendingProblem } from '@/lib/reminders/readiness';

async function main() {
  const problem = digestSendingProblem('command');
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
    return;
  }
  let handle: Awaited<ReturnType<typeof openFromEnvironment>>;
  try {
    handle = await openFromEnvironment('the reminders command (npm run reminders:send)');
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  try {
    const result = await sendDueDigests(handle.db);
    console.log(
      `Digests: ${result.planned} newly due, ${result.sent} sent, ${result.empty} with nothing to say, ${result.retry} to retry, ${result.failed} given up, ${result.pruned} old records pruned.`,
    );
    if (result.retry || result.failed) process.exitCode = 2;
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
