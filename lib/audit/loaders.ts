import 'server-only';
import { batchesInScope, getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { exportAuditEntries, listAuditEntries } from './queries';

// What the audit log's page and its download show, read for the caller: each loader opens the
// database itself and stays inside the caller's organization.

type Caller = { orgId: string; userId: string };

/** One page of the caller's organization's audit log, newest first, with the total. */
export const loadAuditLog = scopedLoader(async function loadAuditLog(ctx: Caller, page: number) {
  return listAuditEntries(await getDb(), ctx, { page });
});

/**
 * The whole audit log, in batches, for the CSV download: it streams after the request has answered,
 * so each batch reads in a scope of its own (decision 0026). Not a scopedLoader for that reason.
 */
export function loadAuditExport(ctx: Caller) {
  return batchesInScope({ orgId: ctx.orgId, userId: ctx.userId }, exportAuditEntries(getDb, ctx));
}
