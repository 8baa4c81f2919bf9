import { defineRoute } from '@/lib/auth/route';
import { offlineBaseMap } from '@/lib/map/basemap';
import { loadMapCenter } from '@/lib/organization/loaders';

/**
 * The built-in offline base map for the caller's organization, around its map centre. Public
 * Census data, but only members ask for it; it changes only with the map centre, which is part of
 * the address the page asks for (?at=lat,lng), so the browser may keep it for a day.
 */
export const GET = defineRoute<Record<string, never>>(
  {
    role: 'viewer',
    unscoped: 'reads only through loadMapCenter, a scoped loader, then builds the base map from files',
  },
  async (request, ctx) => {
    const at = new URL(request.url).searchParams.get('at')?.split(',').map(Number);
    let center: { lat: number; lng: number };
    if (
      at &&
      at.length === 2 &&
      at.every(Number.isFinite) &&
      Math.abs(at[0]!) <= 90 &&
      Math.abs(at[1]!) <= 180
    ) {
      center = { lat: at[0]!, lng: at[1]! };
    } else {
      center = await loadMapCenter(ctx);
    }
    return Response.json(await offlineBaseMap(center), {
      headers: { 'Cache-Control': 'private, max-age=86400' },
    });
  },
);
