import { defineRoute } from '@/lib/auth/route';
import { exportFilename } from '@/lib/export/archive';
import { organizationArchive } from '@/lib/export/archive-download';

/** Everything the organization holds, as one zip (CSV files and organization.json), for admins. */
export const GET = defineRoute<Record<string, never>>(
  {
    role: 'admin',
    unscoped: 'streams after answering: its reads are scoped per batch (lib/export/archive-download.ts)',
  },
  async (_request, ctx) => {
    return new Response(await organizationArchive(ctx), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${exportFilename(ctx.orgName, 'zip', ctx.timeZone)}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
