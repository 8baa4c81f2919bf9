import 'server-only';
import type { Db } from '@/db/client';
import type { MemberRole } from '@/lib/auth/roles';
import type { PartnerFilter } from '@/lib/partners/filters';
import { cachedMapIndex, isKept } from './cache';
import {
  type Bbox,
  dataKey,
  type FirstView,
  featuresInView,
  fitZooms,
  screenAround,
  screenAroundExtent,
} from './clusters';

/**
 * The map page's first view, answered by the server (issue 21): the clusters and pins of the view
 * the page opens on, sent with the page so they are drawn before the browser has the full data and
 * its own index. Computed from the server's kept answer (lib/map/cache.ts) with the same clustering
 * (lib/map/clusters.ts, where its shape, FirstView, is described), so the browser's index later
 * gives the very same features for the view.
 */

/** The largest map the box is drawn for (a wide desktop screen, with the layer's 25 % margin). */
const largest: [number, number] = [2560 * 1.5, 1600 * 1.5];
/** The smallest map the page fits partners into: a phone's. */
const smallest: [number, number] = [320, 300];
/** More than this in one view and the first view is not worth sending: the browser's index draws it. */
const maxFeatures = 1500;

type Ctx = { orgId: string; role: MemberRole };

/** Does the map page get a first view for this filter (and so fetch the full data after it)? */
export const hasFirstView = (filter: PartnerFilter): boolean => isKept(filter);
export type OpenView = { lat: number; lng: number; zoom: number };

export async function mapFirstView(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  query: string,
  at: OpenView | null,
): Promise<FirstView | null> {
  const kept = await cachedMapIndex(db, ctx, filter);
  if (!kept) return null;
  const { index, version } = kept;
  const boxes: { zoom: number; bbox: Bbox }[] = at
    ? [{ zoom: at.zoom, bbox: screenAround(at.lat, at.lng, at.zoom, ...largest) }]
    : index.extent
      ? fitZooms(index.extent, smallest, largest).map((zoom) => ({
          zoom,
          bbox: screenAroundExtent(index.extent!, zoom, ...largest),
        }))
      : [];
  const views = boxes
    .map(({ zoom, bbox }) => ({ zoom, bbox, features: featuresInView(index, bbox, zoom) }))
    .filter((view) => view.features.length <= maxFeatures);
  return { key: dataKey(query, version), extent: index.extent, views };
}
