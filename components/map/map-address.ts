import { appendShading, noShading, type Shading } from '@/lib/areas/shading';
import type { MapListed, MapPoint } from '@/lib/map/payload';
import { appendPrintLayout } from '@/lib/map/print';
import { type PartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import type { MapView } from './map-types';

/** The address for a filter, shading and view: the map as it is, as a link. */
export function mapQuery(filter: PartnerFilter, view: MapView | null, shading: Shading = noShading): string {
  const params = appendShading(partnerFilterToSearchParams(filter), shading);
  if (view) params.set('at', `${view.center.lat.toFixed(5)},${view.center.lng.toFixed(5)},${view.zoom}`);
  return params.toString();
}

/** "Print or save the map" for what the map shows now: its filter, shading and view. */
export function printHref(filter: PartnerFilter, view: MapView | null, shading: Shading): string {
  const params = new URLSearchParams(mapQuery(filter, view, shading));
  if (view) appendPrintLayout(params, { paper: 'letter', orientation: 'landscape', bounds: view.bounds });
  return `/map/print?${params.toString()}`;
}

/** The address bar holds the filter, the shading and the view, so the map can be sent as a link. */
export function writeAddress(filter: PartnerFilter, view: MapView | null, shading: Shading = noShading) {
  const query = mapQuery(filter, view, shading);
  // Unchanged: nothing to write (and a write would cost Next.js a router update).
  if (query === window.location.search.slice(1)) return;
  // Next.js keeps its router in step with replaceState, without a server round trip per pan:
  // https://nextjs.org/docs/app/building-your-application/routing/linking-and-navigating#using-the-native-history-api
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

/** The partners inside the view, keeping their order (by name, as the server sorted them). */
export function pointsInView(points: MapPoint[], view: Pick<MapView, 'bounds'> | null): MapPoint[] {
  if (!view) return [];
  const [west, south, east, north] = view.bounds;
  return points.filter((p) => p.lat >= south && p.lat <= north && p.lng >= west && p.lng <= east);
}

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "12 partners in view, 2 more with location hidden": what the list says and announces. */
export function viewStatus(visible: MapPoint[], hidden: MapListed[]): string {
  return (
    `${plural(visible.length, 'partner', 'partners')} in view` +
    (hidden.length ? `, ${plural(hidden.length, 'more', 'more')} with location hidden` : '')
  );
}
