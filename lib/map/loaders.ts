import 'server-only';
import { getDb } from '@/db';
import { mapShading } from '@/lib/areas/map';
import type { Shading } from '@/lib/areas/shading';
import type { AuthContext } from '@/lib/auth/context';
import { listBranches } from '@/lib/branches/queries';
import { getOrganizationSettings } from '@/lib/organization/queries';
import type { PartnerFilter } from '@/lib/partners/filters';
import { partnerHealth } from '@/lib/relationships/queries';
import { cachedMapBody } from './cache';
import { mapOwnerOptions, mapPartnerSummary } from './queries';

// What the map page and /api/map read, for the caller's organization (decision 0021: app/ calls lib).

/**
 * The map page's settings and filter choices: its home view, tiles, branches and liaisons, and the
 * area sets with, when shading is on, the chosen set's areas counted (lib/areas/map.ts).
 */
export async function loadMapPage(ctx: AuthContext, shading: Shading) {
  const db = await getDb();
  const [settings, branches, owners, areas] = await Promise.all([
    getOrganizationSettings(db, ctx),
    listBranches(db, ctx),
    mapOwnerOptions(db, ctx),
    mapShading(db, ctx, shading),
  ]);
  return {
    home: { ...settings.mapCenter, zoom: settings.mapZoom },
    tiles: { url: settings.tiles.url, attribution: settings.tiles.attribution },
    branches: branches.map((b) => ({ value: b.id, label: b.name })),
    owners,
    areas,
  };
}

/** One partner's popup summary with its relationship health, or null when it is not the caller's. */
export async function loadMapSummary(ctx: AuthContext, partnerId: string) {
  const db = await getDb();
  const summary = await mapPartnerSummary(db, ctx, partnerId);
  const health = summary ? await partnerHealth(db, ctx, summary.id) : null;
  return summary && health ? { ...summary, health } : null;
}

/** The gzipped map payload for a filter: from this process's cache unless `rebuild` (lib/map/cache.ts). */
export async function loadMapBody(ctx: AuthContext, filter: PartnerFilter, options: { rebuild: boolean }) {
  return cachedMapBody(await getDb(), ctx, filter, options);
}
