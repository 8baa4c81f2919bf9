import 'server-only';
import { getDb } from '@/db';
import { consortiumFigures } from '@/lib/consortium/figures';
import { isUuid } from '@/lib/ids';
import type { HostContext } from './context';
import { deletionGraceDays, lastArchiveExportAt } from './deletion';
import { listHostAudit, listLibrarySystems } from './queries';

// The console's data; the context proves the caller passed requireHostPage.

export async function loadHostConsole(_ctx: HostContext) {
  const db = await getDb();
  const [systems, audit] = await Promise.all([listLibrarySystems(db), listHostAudit(db)]);
  return { systems, audit };
}

/** One system's page: its summary and when its admins last took the full archive; null if none such. */
export async function loadHostSystem(_ctx: HostContext, orgId: string) {
  if (!isUuid(orgId)) return null;
  const db = await getDb();
  const system = (await listLibrarySystems(db)).find((row) => row.id === orgId);
  if (!system) return null;
  return { system, lastArchiveExportAt: await lastArchiveExportAt(db, orgId), graceDays: deletionGraceDays };
}

/** The consortium view: sums across the systems that share, small counts suppressed. */
export async function loadConsortium(_ctx: HostContext) {
  return consortiumFigures(await getDb());
}
