// Opens the embedded database in the folder given and holds it until killed: a stand-in for a
// running app server in the lock tests.
import { openDatabase } from '@/db/client';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-database.ts DIR');
await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'the lock test holder', migrate: true });
console.log('ready');
setInterval(() => {}, 60_000);
