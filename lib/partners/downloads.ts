import 'server-only';
import { getDb } from '@/db';
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
  const batches = exportPartners(await getDb(), ctx, filter);
  return format === 'csv' ? partnerCsvStream(batches, ctx.timeZone) : partnerGeoJsonStream(batches);
}
