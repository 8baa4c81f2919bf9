import { auditCsvFilename, auditCsvStream } from '@/lib/audit/csv';
import { loadAuditExport } from '@/lib/audit/loaders';
import { defineRoute } from '@/lib/auth/route';

/** The organization's whole audit log as a CSV download, for admins. */
export const GET = defineRoute<Record<string, never>>(
  {
    role: 'admin',
    unscoped: 'streams after answering: its reads are scoped per batch (loadAuditExport)',
  },
  async (_request, ctx) => {
    return new Response(auditCsvStream(await loadAuditExport(ctx), ctx.timeZone), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${auditCsvFilename(ctx.timeZone)}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
