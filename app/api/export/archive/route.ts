import { getDb } from '@/db';
import { defineRoute } from '@/lib/auth/route';
import { archiveEntries, exportFilename, recordExport } from '@/lib/export/archive';
import { streamOf, zipChunks } from '@/lib/export/zip';

/** Everything the organization holds, as one zip (CSV files and organization.json), for admins. */
export const GET = defineRoute<Record<string, never>>({ role: 'admin' }, async (_request, ctx) => {
  const db = await getDb();
  await recordExport(db, ctx, 'archive');
  return new Response(streamOf(zipChunks(archiveEntries(db, ctx))), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${exportFilename(ctx.orgName, 'zip', ctx.timeZone)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
