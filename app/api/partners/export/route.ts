import { defineRoute } from '@/lib/auth/route';
import { filteredPartnersDownload } from '@/lib/partners/downloads';
import { partnerExportFilename } from '@/lib/partners/export';
import { parsePartnerFilter } from '@/lib/partners/filters';

const types = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8' } as const;

/**
 * The partners in the current filter (the same address-bar filter as the list and the map), as CSV
 * or GeoJSON, with only what the caller's role may see.
 */
export const GET = defineRoute<Record<string, never>>(
  {
    role: 'viewer',
    unscoped: 'streams after answering: its reads are scoped per batch (lib/partners/downloads.ts)',
  },
  async (request, ctx) => {
    const params = new URL(request.url).searchParams;
    const format = params.get('format') ?? 'csv';
    if (format !== 'csv' && format !== 'geojson') {
      return Response.json({ error: 'Choose format=csv or format=geojson.' }, { status: 400 });
    }
    const body = await filteredPartnersDownload(ctx, parsePartnerFilter(params), format);
    return new Response(body, {
      headers: {
        'Content-Type': types[format],
        'Content-Disposition': `attachment; filename="${partnerExportFilename(format, ctx.timeZone)}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
