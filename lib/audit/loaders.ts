import 'server-only';
import { getDb } from '@/db';
import { exportAuditEntries, listAuditEntries } from './queries';

// What the audit log's page and its download show, read for the caller: each loader opens the
// database itself and stays inside the caller's organization.

type Caller = { orgId: string };

/** One page of the caller's organization's audit log, newest first, with the total. */
export async function loadAuditLog(ctx: Caller, page: number) {
  return listAuditEntries(await getDb(), ctx, { page });
}

/** The whole audit log, in batches, for the CSV download. */
export async function loadAuditExport(ctx: Caller) {
  return exportAuditEntries(await getDb(), ctx);
}
