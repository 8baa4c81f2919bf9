'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useMemo, useRef, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { describeShadedArea, type ShadedView } from '@/lib/areas/shading';
import { formatDay } from '@/lib/dates/format';
import {
  appendPrintLayout,
  type Orientation,
  orientationLabels,
  orientations,
  type Paper,
  type PrintLayout,
  pageSize,
  paperLabels,
  papers,
  sheetSize,
} from '@/lib/map/print';
import { AreaShadingLegend } from './area-shading';
import { pointsInView, viewStatus } from './map-address';
import { LegendKeys } from './map-legend';
import type { MapView } from './map-types';
import { PrintList } from './print-list';
import { savePng } from './save-png';
import { useMapData } from './use-map-data';
import { useSheetScale } from './use-sheet-scale';

const PrintMapCanvas = dynamic(() => import('./print-map-canvas'), {
  ssr: false,
  loading: () => (
    <p className="absolute inset-0 grid place-items-center text-sm text-muted">Loading the map…</p>
  ),
});

export type PrintSheetProps = {
  organizationName: string;
  /** Today in the organization's time zone. */
  today: string;
  filterWords: string[];
  /** The map's filter as the address has it: the partners drawn are /api/map's for it. */
  query: string;
  /** The map page as it was, to go back to. */
  backHref: string;
  layout: PrintLayout;
  home: { lat: number; lng: number; zoom: number };
  tiles: { url: string; attribution: string };
  attribution: { tiles: string; offline: string };
  shaded: ShadedView | null;
};

/**
 * "Print or save the map": one sheet of Letter or A4 paper, landscape or portrait, with the map of
 * the chosen view, the filters in words, the date, the legend, the attribution and the list of the
 * partners in view. Printed, only the sheet is on the paper; saved, the same sheet becomes a PNG.
 */
export function PrintSheet(props: PrintSheetProps) {
  const [paper, setPaper] = useState<Paper>(props.layout.paper);
  const [orientation, setOrientation] = useState<Orientation>(props.layout.orientation);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [bounds, setBounds] = useState<MapView['bounds'] | null>(null);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'failed'>('idle');
  // A still picture: its index is made on the page (print-map-canvas.tsx), no worker needed.
  const { data, loading, error } = useMapData(props.query, null, { inWorker: false });
  const size = sheetSize({ paper, orientation });
  const room = useRef<HTMLDivElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const fit = useSheetScale(room, sheet, size.width);

  const inView = useMemo(() => (bounds ? pointsInView(data?.points ?? [], { bounds }) : []), [data, bounds]);

  const choose = (next: { paper?: Paper; orientation?: Orientation }) => {
    const layout = {
      ...props.layout,
      paper: next.paper ?? paper,
      orientation: next.orientation ?? orientation,
    };
    setPaper(layout.paper);
    setOrientation(layout.orientation);
    const params = new URLSearchParams(window.location.search);
    for (const key of ['paper', 'orient', 'bounds']) params.delete(key);
    window.history.replaceState(null, '', `?${appendPrintLayout(params, layout).toString()}`);
  };

  const save = async () => {
    if (!sheet.current) return;
    setSaving('saving');
    try {
      await savePng(sheet.current, `partner-map-${props.today}.png`);
      setSaving('idle');
    } catch {
      setSaving('failed');
    }
  };

  const ready = Boolean(data && bounds);
  return (
    <div className="space-y-4">
      <style>{`@page { size: ${pageSize({ paper, orientation })}; margin: ${size.margin}; }`}</style>
      <div className="space-y-3 print:hidden">
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label="Paper"
            required
            className="w-56"
            value={paper}
            onChange={(e) => choose({ paper: e.target.value as Paper })}
            options={papers.map((p) => ({ value: p, label: paperLabels[p] }))}
          />
          <SelectField
            label="Orientation"
            required
            className="w-40"
            value={orientation}
            onChange={(e) => choose({ orientation: e.target.value as Orientation })}
            options={orientations.map((o) => ({ value: o, label: orientationLabels[o] }))}
          />
          <div className="flex flex-wrap gap-2">
            <Button disabled={!ready} onClick={() => window.print()}>
              Print
            </Button>
            <Button variant="secondary" disabled={!ready || saving === 'saving'} onClick={save}>
              {saving === 'saving' ? 'Saving the image…' : 'Save as image (PNG)'}
            </Button>
            <Link href={props.backHref} className={buttonClasses('ghost')}>
              Back to the map
            </Link>
          </div>
        </div>
        <p role="status" className="text-sm text-muted">
          {error ??
            (saving === 'failed'
              ? 'The image could not be made: the map tiles’ server may not allow it. Printing to a PDF still works.'
              : ready
                ? 'The sheet below is what prints. In the print dialog, choose the same paper, or “Save as PDF”.'
                : 'Drawing the map…')}
        </p>
      </div>
      <div ref={room} className="pa-sheet-room overflow-hidden" style={{ height: fit.height || undefined }}>
        <div
          className="pa-sheet-scaler origin-top-left"
          style={{ width: size.width, transform: `scale(${fit.scale})` }}
        >
          <article
            ref={sheet}
            aria-label="The printed map"
            className="pa-sheet space-y-3 bg-white p-0 text-ink shadow-[0_0_0_1px_#d6d3d1] print:shadow-none"
            style={{ width: size.width }}
          >
            <header className="space-y-1">
              <h2 className="text-xl font-semibold">Partners of {props.organizationName}</h2>
              <p className="text-sm">
                Printed {formatDay(props.today)}.{' '}
                {loading ? '' : data ? `${viewStatus(inView, data.hidden)}.` : ''}
              </p>
              <div className="text-sm">
                <h3 className="inline font-semibold">Filters: </h3>
                <ul className="inline">
                  {props.filterWords.map((line) => (
                    <li key={line} className="inline after:content-['_']">
                      {line}
                    </li>
                  ))}
                </ul>
              </div>
            </header>
            <div
              className="relative isolate overflow-hidden border border-stone-400"
              style={{ height: size.mapHeight }}
            >
              <PrintMapCanvas
                data={data}
                tiles={props.tiles}
                home={props.home}
                bounds={props.layout.bounds}
                shading={props.shaded}
                onView={setBounds}
                onTilesFailed={() => setTilesFailed(true)}
              />
            </div>
            <div className="flex flex-wrap items-start gap-x-6 gap-y-3 text-xs">
              <section aria-label="Legend" className="space-y-1">
                <h3 className="text-sm font-semibold">Legend</h3>
                <LegendKeys />
              </section>
              {props.shaded ? (
                <>
                  <AreaShadingLegend shaded={props.shaded} />
                  <section aria-label={`Areas of ${props.shaded.set.name}`} className="min-w-48 flex-1">
                    <h3 className="text-sm font-semibold">Areas of {props.shaded.set.name}</h3>
                    <ul className="mt-1">
                      {props.shaded.areas.map((area) => (
                        <li key={area.id}>{describeShadedArea(area, props.shaded!.mode)}</li>
                      ))}
                    </ul>
                  </section>
                </>
              ) : null}
            </div>
            <PrintList
              points={inView}
              hidden={data?.hidden.length ?? 0}
              unplaced={data?.unplaced.length ?? 0}
              columns={orientation === 'landscape' ? 3 : 2}
            />
            <footer className="border-t border-stone-300 pt-1 text-xs text-muted">
              Base map: {tilesFailed ? props.attribution.offline : props.attribution.tiles}. Made with Partner
              Atlas.
            </footer>
          </article>
        </div>
      </div>
    </div>
  );
}
