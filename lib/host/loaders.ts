import 'server-only';
import { getDb } from '@/db';
import type { HostContext } from './context';
import { listHostAudit, listLibrarySystems } from './queries';

/** The console's data; the context proves the caller passed requireHostPage. */
export async function loadHostConsole(_ctx: HostContext) {
  const db = await getDb();
  const [systems, audit] = await Promise.all([listLibrarySystems(db), listHostAudit(db)]);
  return { systems, audit };
}
