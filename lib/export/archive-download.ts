import 'server-only';
import { batchesInScope, getDb, withOrgScope } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { archiveEntries, type ExportCtx, recordExport } from './archive';
import { whatOrganizationHolds } from './restore';
import { streamOf, zipChunks } from './zip';

/**
 * Everything the caller's organization holds, as one zip (CSV files and organization.json); the
 * export is audited before it starts.
 */
export async function organizationArchive(ctx: ExportCtx): Promise<ReadableStream<Uint8Array>> {
  const scope = { orgId: ctx.orgId, userId: ctx.userId };
  await withOrgScope(scope, async () => recordExport(await getDb(), ctx, 'archive'));
  // The zip streams after the request has answered: each of its reads in a scope of its own (decision 0026).
  return streamOf(zipChunks(batchesInScope(scope, archiveEntries(getDb, ctx))));
}

/** Settings → Export: what the caller's organization already holds, which a restore would refuse. */
export const loadRestoreBlockers = scopedLoader(async function loadRestoreBlockers(ctx: {
  orgId: string;
}): Promise<string[]> {
  return whatOrganizationHolds(await getDb(), ctx.orgId);
});
