import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { exportPartners, partnerGeoJsonStream } from '@/lib/partners/export';
import { allPartners, recordExport } from './archive';
import { partnerKmlStream } from './kml';

/**
 * Every partner, archived ones too, as GeoJSON or KML for other map tools; the export is audited
 * before it starts. Hidden locations carry no point and approximate ones are rounded
 * (lib/partners/export decides).
 */
export async function partnersForMapTools(
  ctx: AuthContext,
  format: 'geojson' | 'kml',
): Promise<ReadableStream<Uint8Array>> {
  const db = await getDb();
  await recordExport(db, ctx, format);
  const batches = exportPartners(db, ctx, allPartners);
  return format === 'geojson'
    ? partnerGeoJsonStream(batches)
    : partnerKmlStream(`${ctx.orgName}: partners`, batches);
}
