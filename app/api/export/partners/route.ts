import { defineRoute } from '@/lib/auth/route';
import { exportFilename } from '@/lib/export/archive';
import { partnersForMapTools } from '@/lib/export/partners-download';

const types = {
  geojson: 'application/geo+json; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
} as const;

/**
 * Every partner, archived ones too, as GeoJSON or KML for other map tools, for admins
 * (lib/export/partners-download.ts).
 */
export const GET = defineRoute<Record<string, never>>(
  {
    role: 'admin',
    unscoped: 'streams after answering: its reads are scoped per batch (lib/export/partners-download.ts)',
  },
  async (request, ctx) => {
    const format = new URL(request.url).searchParams.get('format');
    if (format !== 'geojson' && format !== 'kml') {
      return Response.json({ error: 'Choose format=geojson or format=kml.' }, { status: 400 });
    }
    const body = await partnersForMapTools(ctx, format);
    return new Response(body, {
      headers: {
        'Content-Type': types[format],
        'Content-Disposition': `attachment; filename="${exportFilename(ctx.orgName, `partners.${format}`, ctx.timeZone)}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
