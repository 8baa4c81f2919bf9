import 'server-only';
import { getDb } from '@/db';
import { archiveEntries, type ExportCtx, recordExport } from './archive';
import { whatOrganizationHolds } from './restore';
import { streamOf, zipChunks } from './zip';

/**
 * Everything the caller's organization holds, as one zip (CSV files and organization.json); the
 * export is audited before it starts.
 */
export async function organizationArchive(ctx: ExportCtx): Promise<ReadableStream<Uint8Array>> {
  const db = await getDb();
  await recordExport(db, ctx, 'archive');
  return streamOf(zipChunks(archiveEntries(db, ctx)));
}

/** Settings → Export: what the caller's organization already holds, which a restore would refuse. */
export async function loadRestoreBlockers(ctx: { orgId: string }): Promise<string[]> {
  return whatOrganizationHolds(await getDb(), ctx.orgId);
}
