// npm run db:seed [-- --if-empty]: loads the demo library system into the database the environment
// names (DATABASE_URL, or the embedded one). It refuses a database that already holds data.
import { openFromEnvironment } from '../client';
import { demoSignInText, isEmpty, seedDemo } from './demo';

const ifEmpty = process.argv.includes('--if-empty');

async function main() {
  const handle = await openFromEnvironment('the demo seed (npm run db:seed)');
  try {
    if (!(await isEmpty(handle.db))) {
      console.log('The database already holds an organization, so the demo was not loaded.');
      if (!ifEmpty) process.exitCode = 1;
      return;
    }
    await seedDemo(handle.db);
    console.log(`Demo data loaded.\n${demoSignInText()}`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
