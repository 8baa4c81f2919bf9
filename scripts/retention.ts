// npm run retention: one retention pass over every organization, as the app's daily task does
// (decision 0017), for a deployment that runs it from cron (PARTNER_ATLAS_SCHEDULER=off) or to
// apply a shorter period at once. It claims the same lease as the app, so it never runs beside a
// pass already under way; the embedded database is refused while the app holds its folder.
import { openFromEnvironment } from '@/db/client';
import { DatabaseLockedError } from '@/db/lock';
import type { PurgeCounts } from '@/lib/retention/purge';
import { retentionTask, runRetention } from '@/lib/retention/run';
import { readTask } from '@/lib/scheduler/lease';
import { runTask } from '@/lib/scheduler/run';

function countsText(counts: PurgeCounts): string {
  const parts = [
    `answers of ${counts.interviewAnswers} interview(s)`,
    `${counts.importFiles} import file(s)`,
    `${counts.importUploads} upload(s) never imported`,
    `${counts.geocodeLookups} remembered address lookup(s)`,
  ];
  return Object.values(counts).some((n) => n > 0) ? `removed ${parts.join(', ')}` : 'nothing past its date';
}

async function main() {
  let handle: Awaited<ReturnType<typeof openFromEnvironment>>;
  try {
    handle = await openFromEnvironment('the retention command (npm run retention)');
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  try {
    const task = {
      ...retentionTask,
      run: (db: typeof handle.db, keepAlive: () => Promise<boolean>) =>
        runRetention(db, {
          keepAlive,
          onOrganization: (org, counts) => console.log(`${org.name}: ${countsText(counts)}.`),
        }),
    };
    const outcome = await runTask(handle.db, task, { force: true });
    if (outcome.status === 'skipped') {
      const row = await readTask(handle.db, retentionTask.name);
      console.error(
        `A retention pass is already under way in another process${row?.leaseUntil ? ` (its claim lasts until ${row.leaseUntil.toISOString()})` : ''}. Try again later.`,
      );
      process.exitCode = 1;
    } else if (outcome.status === 'failed') {
      // The error itself was logged above, without any query's parameters (db/errors.ts).
      console.error('The retention pass did not finish; run it again once the cause is fixed.');
      process.exitCode = 1;
    } else {
      console.log(`Retention pass done for ${outcome.result.organizations} organization(s).`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
