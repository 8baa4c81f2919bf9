import 'server-only';
import { batchesInScope, getDb, withOrgScope } from '@/db';
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
  const scope = { orgId: ctx.orgId, userId: ctx.userId };
  await withOrgScope(scope, async () => recordExport(await getDb(), ctx, format));
  // The stream reads after the request has answered: a scope per batch (decision 0026).
  const batches = batchesInScope(scope, exportPartners(getDb, ctx, allPartners));
  return format === 'geojson'
    ? partnerGeoJsonStream(batches)
    : partnerKmlStream(`${ctx.orgName}: partners`, batches);
}
