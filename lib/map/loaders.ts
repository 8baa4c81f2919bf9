import 'server-only';
import { getDb } from '@/db';
import { mapShading } from '@/lib/areas/map';
import type { Shading } from '@/lib/areas/shading';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { listBranches } from '@/lib/branches/queries';
import { today } from '@/lib/dates/zone';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { filterInWords } from '@/lib/partners/filter-words';
import type { PartnerFilter } from '@/lib/partners/filters';
import { partnerHealth } from '@/lib/relationships/queries';
import { baseMapAttribution } from './basemap';
import { cachedMapBody } from './cache';
import { mapFirstView, type OpenView } from './first-view';
import { attributionText } from './print';
import { mapOwnerOptions, mapPartnerSummary } from './queries';

// What the map page and /api/map read, for the caller's organization (decision 0021: app/ calls lib).

/**
 * The map page's settings and filter choices: its home view, tiles, branches and liaisons, and the
 * area sets with, when shading is on, the chosen set's areas counted (lib/areas/map.ts).
 */
export const loadMapPage = scopedLoader(async function loadMapPage(ctx: AuthContext, shading: Shading) {
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
});

/**
 * The printed map (Print or save the map): the map page's data, and what the sheet says around the
 * map: the organization, today's date in its time zone, and the filter in words.
 */
export const loadMapPrintPage = scopedLoader(async function loadMapPrintPage(
  ctx: AuthContext,
  filter: PartnerFilter,
  shading: Shading,
) {
  const db = await getDb();
  const [page, settings] = await Promise.all([loadMapPage(ctx, shading), getOrganizationSettings(db, ctx)]);
  return {
    ...page,
    organizationName: settings.name,
    today: today(settings.timeZone),
    filterWords: filterInWords(filter, { branches: page.branches, owners: page.owners }),
    // In words for the sheet's foot: the tiles' own, or the built-in map's when there are no tiles.
    attribution: {
      tiles: page.tiles.url === 'offline' ? baseMapAttribution : attributionText(page.tiles.attribution),
      offline: baseMapAttribution,
    },
  };
});

/** One partner's popup summary with its relationship health, or null when it is not the caller's. */
export const loadMapSummary = scopedLoader(async function loadMapSummary(
  ctx: AuthContext,
  partnerId: string,
) {
  const db = await getDb();
  const summary = await mapPartnerSummary(db, ctx, partnerId);
  const health = summary ? await partnerHealth(db, ctx, summary.id) : null;
  return summary && health ? { ...summary, health } : null;
});

/** The gzipped map payload for a filter: from this process's cache unless `rebuild` (lib/map/cache.ts). */
export const loadMapBody = scopedLoader(async function loadMapBody(
  ctx: AuthContext,
  filter: PartnerFilter,
  options: { rebuild: boolean },
) {
  return cachedMapBody(await getDb(), ctx, filter, options);
});

/**
 * The clusters and pins of the view the map page opens on, from the kept answer (lib/map/first-view.ts):
 * the page streams them so the first clusters are drawn before the full data arrives.
 */
export const loadMapFirstView = scopedLoader(async function loadMapFirstView(
  ctx: AuthContext,
  filter: PartnerFilter,
  query: string,
  at: OpenView | null,
) {
  return mapFirstView(await getDb(), ctx, filter, query, at);
});
