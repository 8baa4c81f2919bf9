import 'server-only';
import { batchesInScope, getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { exportPartners, partnerCsvStream, partnerGeoJsonStream } from './export';
import type { PartnerFilter } from './filters';

/**
 * The partners in a filter (the same address-bar filter as the list and the map), as a CSV or
 * GeoJSON stream with only what the caller's role may see.
 */
export async function filteredPartnersDownload(
  ctx: AuthContext,
  filter: PartnerFilter,
  format: 'csv' | 'geojson',
): Promise<ReadableStream<Uint8Array>> {
  // The stream reads after the request has answered: a scope per batch (decision 0026).
  const batches = batchesInScope(
    { orgId: ctx.orgId, userId: ctx.userId },
    exportPartners(getDb, ctx, filter),
  );
  return format === 'csv' ? partnerCsvStream(batches, ctx.timeZone) : partnerGeoJsonStream(batches);
}
