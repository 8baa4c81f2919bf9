import type { Metadata } from 'next';
import { PrintSheet } from '@/components/map/print-sheet';
import { PageHeader } from '@/components/ui/page-header';
import { appendShading, parseShading, shadedView } from '@/lib/areas/shading';
import { requirePageContext } from '@/lib/auth/page';
import { loadMapPrintPage } from '@/lib/map/loaders';
import { parsePrintLayout } from '@/lib/map/print';
import { parsePartnerFilter, partnerFilterToSearchParams } from '@/lib/partners/filters';

export const metadata: Metadata = { title: 'Print or save the map' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The map on paper: the filter, shading and view of the map page it was opened from. */
export default async function MapPrintPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parsePartnerFilter(params);
  const shading = parseShading(params);
  const layout = parsePrintLayout(params);
  const page = await loadMapPrintPage(ctx, filter, shading);
  const query = partnerFilterToSearchParams(filter).toString();
  const back = appendShading(partnerFilterToSearchParams(filter), shading);
  const at = Array.isArray(params.at) ? params.at[0] : params.at;
  if (at) back.set('at', at);
  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <PageHeader
          title="Print or save the map"
          description="Choose the paper, then print the sheet or save it as an image for a slide or an e-mail."
        />
      </div>
      <PrintSheet
        organizationName={page.organizationName}
        today={page.today}
        filterWords={page.filterWords}
        query={query}
        backHref={`/map${back.size ? `?${back.toString()}` : ''}`}
        layout={layout}
        home={page.home}
        tiles={page.tiles}
        attribution={page.attribution}
        shaded={shadedView(shading, page.areas)}
      />
    </div>
  );
}
