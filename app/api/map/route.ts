import { defineRoute } from '@/lib/auth/route';
import { loadMapBody, loadMapSummary } from '@/lib/map/loaders';
import { parsePartnerFilter } from '@/lib/partners/filters';

const headers = { 'Cache-Control': 'private, no-store' };

/**
 * The map's data, for members of the organization only:
 *   GET /api/map?<partner filter>   the partners and branches the map draws: lib/map/payload.ts's
 *                                   MapPayload as gzipped JSON (application/gzip; readMapPayload)
 *   GET /api/map?summary=<id>       one partner's popup summary with its relationship health; 404 for
 *                                   anything not the caller's
 */
export const GET = defineRoute<Record<string, never>>({ role: 'viewer' }, async (request, ctx) => {
  const params = new URL(request.url).searchParams;
  const summaryId = params.get('summary');
  if (summaryId !== null) {
    const summary = await loadMapSummary(ctx, summaryId);
    if (!summary) return Response.json({ error: 'That partner was not found.' }, { status: 404, headers });
    return Response.json(summary, { headers });
  }
  const filter = parsePartnerFilter(params);
  // Unchanged partners come from this process's cache (lib/map/cache.ts), others from the database;
  // a hard reload (Cache-Control: no-cache) builds them again.
  const rebuild = /\bno-cache\b/.test(request.headers.get('cache-control') ?? '');
  const { body } = await loadMapBody(ctx, filter, { rebuild });
  // Gzipped once by the cache, not per request by Next.js, which would compress a JSON response
  // again each time (and removes a route's own Content-Encoding): sent as a gzip file, which
  // Next.js and proxies leave as it is, and unpacked by the page (readMapPayload).
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), {
    headers: { 'Cache-Control': 'private, no-store, no-transform', 'Content-Type': 'application/gzip' },
  });
});
