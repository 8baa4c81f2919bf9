// npm run host:add-admin -- --email x@state.example --name "Ana Host": makes a host admin, who runs
// the host console (/host) for every library system on this service (decision 0023). A new account
// gets a one-time password, printed once here, to change at first sign-in; an address that already
// has an account keeps its password. The embedded database is refused while the app holds its folder.
import { parseArgs } from 'node:util';
import { openFromEnvironment } from '@/db/client';
import { DatabaseLockedError } from '@/db/lock';
import { addHostAdmin } from '@/lib/host/admins';
import { addHostAdminSchema } from '@/lib/host/validation';

const usage = 'Usage: npm run host:add-admin -- --email name@example.org --name "Their Name"';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const parsed = addHostAdminSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
    console.error(usage);
    process.exitCode = 1;
    return;
  }
  let handle: Awaited<ReturnType<typeof openFromEnvironment>>;
  try {
    handle = await openFromEnvironment('the host admin command (npm run host:add-admin)');
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  try {
    const added = await addHostAdmin(handle.db, parsed.data);
    const who = parsed.data.email;
    if (added.status === 'created') {
      console.log(
        `${who} is a host admin. One-time password (shown only now):\n\n  ${added.oneTimePassword}\n`,
      );
      console.log(
        'They sign in at /sign-in with it, choose their own password, and land on the host console.',
      );
    } else if (added.status === 'promoted') {
      console.log(`${who} already had an account: it is now a host admin too, with its own password.`);
      console.log('The host console is in its account menu (or at /host).');
    } else {
      console.log(`${who} is already a host admin: nothing changed.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
