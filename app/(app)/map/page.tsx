import type { Metadata } from 'next';
import { MapExplorer } from '@/components/map/map-explorer';
import { LearnMore } from '@/components/resources/learn-more';
import { parseShading } from '@/lib/areas/shading';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { movePartner } from '@/lib/map/actions';
import { hasFirstView } from '@/lib/map/first-view';
import { loadMapFirstView, loadMapPage } from '@/lib/map/loaders';
import { parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';
import { loadLearnMore } from '@/lib/resources/learn-more';
import { dismissLearnMore } from '@/lib/resources/visibility-actions';

export const metadata: Metadata = { title: 'Map' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "at=lat,lng,zoom" from a shared link: the view to open with, when it makes sense. */
function parseView(raw: string | string[] | undefined) {
  const parts = (Array.isArray(raw) ? raw[0] : raw)?.split(',').map(Number);
  if (parts?.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [lat, lng, zoom] = parts as [number, number, number];
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom < 1 || zoom > 18) return null;
  return { lat, lng, zoom: Math.round(zoom) };
}

export default async function MapPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parsePartnerFilter(params);
  const query = partnerFilterToSearchParams(filter).toString();
  const shading = parseShading(params);
  const initialView = parseView(params.at);
  // Not awaited: the page streams, and the first view's clusters follow it as soon as they are known
  // (issue 21). A failure only means the map waits for the full data, as it would without them.
  const firstView = hasFirstView(filter)
    ? loadMapFirstView(ctx, filter, query, initialView).catch(() => null)
    : null;
  const { home, tiles, branches, owners, areas } = await loadMapPage(ctx, shading);

  return (
    <>
      {/* Without a first view (a filter by relationship health), the browser fetches the partners
          while it loads the scripts, instead of after hydration (decision 0012). An element, not
          react-dom's preload(): that one reaches the browser inside the RSC payload, read only once
          the scripts run. useMapData's request must match it (same address, same credentials mode)
          for the browser to use it. With a first view, the full data waits until that view is
          drawn, so it does not compete with the page for the first paint (issue 21). */}
      {hasFirstView(filter) ? null : (
        <link rel="preload" href={`/api/map${query ? `?${query}` : ''}`} as="fetch" crossOrigin="anonymous" />
      )}
      <h1 className="sr-only">Map of partners</h1>
      {/* Full width above the map: the negative margins cancel the layout's padding, as the map's do. */}
      <LearnMore
        data={await loadLearnMore(ctx, 'map')}
        dismiss={dismissLearnMore}
        layout="strip"
        className="-mx-4 -mt-6 mb-6 px-4 sm:-mx-6 sm:-mt-8 sm:mb-8 sm:px-6"
      />
      <MapExplorer
        initialFilter={filter}
        initialView={initialView}
        firstView={firstView}
        home={home}
        tiles={tiles}
        branches={branches}
        owners={owners}
        shading={shading}
        areas={areas}
        canEdit={roleAtLeast(ctx.role, 'staff')}
        movePartner={movePartner}
      />
    </>
  );
}
