// npm run host:purge-deleted: deletes every library system whose scheduled deletion is due (its 30
// days of grace are over), as the app's hourly task does (decision 0025), for a deployment that runs
// it from cron (PARTNER_ATLAS_SCHEDULER=off). It claims the same lease as the app, so it never runs
// beside a pass already under way; the embedded database is refused while the app holds its folder.
import { openFromEnvironment } from '@/db/client';
import { DatabaseLockedError } from '@/db/lock';
import { purgeDeletedSystems, systemDeletionTask } from '@/lib/host/deletion';
import { readTask } from '@/lib/scheduler/lease';
import { runTask } from '@/lib/scheduler/run';

async function main() {
  let handle: Awaited<ReturnType<typeof openFromEnvironment>>;
  try {
    handle = await openFromEnvironment('the deletion command (npm run host:purge-deleted)');
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  try {
    const task = {
      ...systemDeletionTask,
      run: (db: typeof handle.db, keepAlive: () => Promise<boolean>) =>
        purgeDeletedSystems(db, {
          keepAlive,
          onSystem: (system) =>
            console.log(
              `Deleted ${system.name}: ${system.members} membership(s), ${system.accountsRemoved} account(s) that belonged nowhere else.`,
            ),
        }),
    };
    const outcome = await runTask(handle.db, task, { force: true });
    if (outcome.status === 'skipped') {
      const row = await readTask(handle.db, systemDeletionTask.name);
      console.error(
        `A deletion pass is already under way in another process${row?.leaseUntil ? ` (its claim lasts until ${row.leaseUntil.toISOString()})` : ''}. Try again later.`,
      );
      process.exitCode = 1;
    } else if (outcome.status === 'failed') {
      console.error('The deletion pass did not finish; run it again once the cause is fixed.');
      process.exitCode = 1;
    } else {
      console.log(`Deletion pass done: ${outcome.result.systems} library system(s) deleted.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
