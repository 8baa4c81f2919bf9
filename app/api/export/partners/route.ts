import { getDb } from '@/db';
import { defineRoute } from '@/lib/auth/route';
import { allPartners, exportFilename, recordExport } from '@/lib/export/archive';
import { partnerKmlStream } from '@/lib/export/kml';
import { exportPartners, partnerGeoJsonStream } from '@/lib/partners/export';

const types = {
  geojson: 'application/geo+json; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
} as const;

/**
 * Every partner, archived ones too, as GeoJSON or KML for other map tools, for admins. Hidden
 * locations carry no point and approximate ones are rounded (lib/partners/export decides).
 */
export const GET = defineRoute<Record<string, never>>({ role: 'admin' }, async (request, ctx) => {
  const format = new URL(request.url).searchParams.get('format');
  if (format !== 'geojson' && format !== 'kml') {
    return Response.json({ error: 'Choose format=geojson or format=kml.' }, { status: 400 });
  }
  const db = await getDb();
  await recordExport(db, ctx, format);
  const batches = exportPartners(db, ctx, allPartners);
  const body =
    format === 'geojson'
      ? partnerGeoJsonStream(batches)
      : partnerKmlStream(`${ctx.orgName}: partners`, batches);
  return new Response(body, {
    headers: {
      'Content-Type': types[format],
      'Content-Disposition': `attachment; filename="${exportFilename(ctx.orgName, `partners.${format}`, ctx.timeZone)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
