import 'server-only';
import { getDb } from '@/db';
import { consortiumFigures } from '@/lib/consortium/figures';
import { isUuid } from '@/lib/ids';
import type { HostContext } from './context';
import { deletionGraceDays, lastArchiveExportAt } from './deletion';
import { firstAdminState } from './first-admin';
import { listHostAudit, listLibrarySystems } from './queries';

// The console's data; the context proves the caller passed requireHostPage.

export async function loadHostConsole(_ctx: HostContext) {
  const db = await getDb();
  const [systems, audit] = await Promise.all([listLibrarySystems(db), listHostAudit(db)]);
  return { systems, audit };
}

/**
 * One system's page: its summary, when its admins last took the full archive, and (open and without
 * an admin) who its first admin link was for; null if none such.
 */
export async function loadHostSystem(_ctx: HostContext, orgId: string) {
  if (!isUuid(orgId)) return null;
  const db = await getDb();
  const system = (await listLibrarySystems(db)).find((row) => row.id === orgId);
  if (!system) return null;
  const [lastExport, firstAdmin] = await Promise.all([
    lastArchiveExportAt(db, orgId),
    // Only a system without an admin, open, is offered a new first-admin link.
    system.suspendedAt || system.deletionScheduledAt ? null : firstAdminState(db, orgId),
  ]);
  return { system, lastArchiveExportAt: lastExport, graceDays: deletionGraceDays, firstAdmin };
}

/** The consortium view: sums across the systems that share, small counts suppressed. */
export async function loadConsortium(_ctx: HostContext) {
  return consortiumFigures(await getDb());
}
