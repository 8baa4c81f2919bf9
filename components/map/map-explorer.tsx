'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import type { MapShading } from '@/lib/areas/map';
import type { Shading } from '@/lib/areas/shading';
import type { FirstView } from '@/lib/map/clusters';
import type { MapPoint } from '@/lib/map/payload';
import {
  emptyFilter,
  isFilterEmpty,
  type PartnerFilter,
  partnerFilterToSearchParams,
} from '@/lib/partners/filters';
import { AreaPanel, AreaShadingControls, AreaShadingLegend } from './area-shading';
import { coveredEdges } from './covered-edges';
import { mapQuery, pointsInView, printHref, viewStatus, writeAddress } from './map-address';
import { MapFilters } from './map-filters';
import { MapLegend } from './map-legend';
import { Crosshair, EmptyMapNotice, Notice, PickBanner, ViewSwitch } from './map-overlays';
import type { LatLng, MapApi, MapView, PopupTarget } from './map-types';
import { MoveDialog } from './move-dialog';
import { PartnerList } from './partner-list';
import { PartnerPopup, StackPopup } from './partner-popup';
import { useAreaShading } from './use-area-shading';
import { useFillHeight } from './use-fill-height';
import { useMapData } from './use-map-data';
import { type MovePartnerAction, usePinMove } from './use-pin-move';
import { useSeekLoneResult } from './use-seek-lone-result';

// Leaflet needs a browser: the map itself is loaded on the client only, once, from here. Its
// download starts as soon as this module runs in the browser, alongside hydration, rather than when
// the map is first rendered after it (decision 0012); both ask for the same module.
const loadMapCanvas = () => import('./map-canvas');
if (typeof window !== 'undefined') void loadMapCanvas();
const MapCanvas = dynamic(loadMapCanvas, {
  ssr: false,
  loading: () => (
    <p className="absolute inset-0 grid place-items-center text-sm text-muted">Loading the map…</p>
  ),
});

type Option = { value: string; label: string };
type Mode = { kind: 'browse' } | { kind: 'add' } | { kind: 'move'; point: MapPoint };

export type MapExplorerProps = {
  initialFilter: PartnerFilter;
  initialView: { lat: number; lng: number; zoom: number } | null;
  /**
   * The clusters of the view the page opens on, from the server (lib/map/first-view.ts), streamed
   * with the page: drawn before the full data has arrived and been indexed.
   */
  firstView?: Promise<FirstView | null> | null;
  home: { lat: number; lng: number; zoom: number };
  tiles: { url: string; attribution: string };
  branches: Option[];
  owners: Option[];
  /** The shading asked for in the address, and the areas counted for it (lib/areas/map.ts). */
  shading: Shading;
  areas: MapShading;
  canEdit: boolean;
  movePartner: MovePartnerAction;
};

/** The map page: filters, the map, and the list of what is in view, kept in step. */
export function MapExplorer(props: MapExplorerProps) {
  const { canEdit } = props;
  const router = useRouter();
  const rootRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(rootRef);
  const api = useRef<MapApi | null>(null);
  const [filter, setFilter] = useState(props.initialFilter);
  const [view, setView] = useState<MapView | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'browse' });
  const [panel, setPanel] = useState<'map' | 'list'>('map');
  const [tilesFailed, setTilesFailed] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const query = useMemo(() => partnerFilterToSearchParams(filter).toString(), [filter]);
  const { data, source, extent, loading, error, replacePoint } = useMapData(query, props.firstView);
  const viewRef = useRef<MapView | null>(null);

  const visible = useMemo(() => pointsInView(data?.points ?? [], view), [data, view]);
  const pinMove = usePinMove({
    action: props.movePartner,
    onMoved: (point) => {
      replacePoint(point);
      setMessage({ tone: 'success', text: `${point.name} was moved.` });
    },
    onReverted: (refusal) => {
      api.current?.resetPins();
      if (refusal) setMessage({ tone: 'error', text: refusal });
    },
  });

  // The view goes into the address once the map has settled rather than at every step of a pan or
  // zoom: each write costs Next.js a router update (15 ms in a zoom step, decision 0012).
  const pendingWrite = useRef<number | null>(null);
  const cancelWrite = useCallback(() => {
    if (pendingWrite.current !== null) window.clearTimeout(pendingWrite.current);
    pendingWrite.current = null;
  }, []);
  useEffect(() => {
    // Next.js treats a replaceState as a navigation that takes over any pending one: a click on a
    // link (by mouse or keyboard) or a step back drops the write still to come, or the person's
    // navigation would be lost (or the page they went back to given the map's address).
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) cancelWrite();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', cancelWrite);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', cancelWrite);
      cancelWrite();
    };
  }, [cancelWrite]);

  const { areas } = props;
  const shade = useAreaShading({
    asked: props.shading,
    areas,
    queryFor: (next) => {
      cancelWrite();
      return mapQuery(filter, viewRef.current, next);
    },
  });

  const mapAreaRef = useRef<HTMLDivElement>(null);
  const seekLoneResult = useSeekLoneResult({ data, loading, api });
  const changeFilter = (next: PartnerFilter) => {
    cancelWrite();
    setFilter(next);
    writeAddress(next, viewRef.current, shade.shading);
    seekLoneResult();
  };

  const onView = useCallback(
    (next: MapView, auto: boolean) => {
      viewRef.current = next;
      // The map has already redrawn itself; the list beside it follows without holding up the
      // frame (a zoom step at 50,000 partners, decision 0012).
      startTransition(() => setView(next));
      // Only a view the person chose goes into the address: the map settling by itself while
      // someone has already clicked a link elsewhere must not write (see above).
      if (auto) return;
      cancelWrite();
      const page = window.location.pathname;
      pendingWrite.current = window.setTimeout(() => {
        pendingWrite.current = null;
        if (window.location.pathname === page) writeAddress(filter, next, shade.shading);
      }, 300);
    },
    [filter, shade.shading, cancelWrite],
  );

  const choose = (point: MapPoint) => {
    setPanel('map');
    // After the map is shown again on a phone, so it knows its size.
    requestAnimationFrame(() => api.current?.showPartner(point, { focus: true }));
  };

  const onPopupClosed = (target: PopupTarget, hadFocus: boolean) => {
    if (target.kind !== 'partner' || !target.focus) return;
    // Only when focus goes away with the popup: never take it from wherever the person moved it.
    const active = document.activeElement;
    if (!hadFocus && active && active !== document.body) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-partner-id="${target.point.id}"]`)?.focus();
  };

  const pick = (at: LatLng) => {
    if (mode.kind === 'add') {
      cancelWrite();
      router.push(`/partners/new?lat=${at.lat.toFixed(6)}&lng=${at.lng.toFixed(6)}`);
    } else if (mode.kind === 'move') {
      pinMove.request(mode.point, at);
      setMode({ kind: 'browse' });
    }
  };

  const listLoading = loading || !view;
  const status = listLoading ? 'Loading partners…' : error ? '' : viewStatus(visible, data?.hidden ?? []);
  const empty = data && !loading && !data.points.length && !data.hidden.length && !data.unplaced.length;
  const picking = mode.kind !== 'browse';

  return (
    <div
      ref={rootRef}
      // Cancels the layout's padding; `data-full-bleed` lets the layout drop its width limit too.
      data-full-bleed=""
      className="-mx-4 -my-6 flex flex-col sm:-mx-6 sm:-my-8"
      style={{ height: height ?? 'calc(100dvh - 4rem)' }}
    >
      <MapFilters
        filter={filter}
        onChange={changeFilter}
        branches={props.branches}
        owners={props.owners}
        shading={
          <AreaShadingControls
            shading={shade.shading}
            sets={areas.sets}
            setId={areas.set?.id ?? shade.shading.setId}
            onChange={shade.change}
          />
        }
      >
        {canEdit ? (
          <Button
            size="sm"
            variant={mode.kind === 'add' ? 'primary' : 'secondary'}
            aria-pressed={mode.kind === 'add'}
            onClick={() => setMode(mode.kind === 'add' ? { kind: 'browse' } : { kind: 'add' })}
          >
            Add a partner here
          </Button>
        ) : null}
        <Link
          href={printHref(filter, view, shade.shading)}
          prefetch={false}
          className={buttonClasses('secondary', 'sm')}
        >
          Print or save
        </Link>
        <ViewSwitch panel={panel} count={visible.length} onChange={setPanel} />
      </MapFilters>
      <div className="flex min-h-0 flex-1">
        <div
          ref={mapAreaRef}
          className={cx('relative isolate min-w-0 flex-1', panel === 'list' && 'hidden lg:block')}
        >
          {/* On a phone the list is folded away: its count is still announced from here. */}
          {panel === 'map' ? (
            <p role="status" className="sr-only lg:hidden">
              {status}
            </p>
          ) : null}
          <div
            data-covers="top"
            className="pointer-events-none absolute top-3 right-3 left-14 z-[1000] space-y-2"
          >
            {mode.kind !== 'browse' ? (
              <PickBanner
                focusOnShow={mode.kind === 'move'}
                text={
                  mode.kind === 'add'
                    ? 'Click the map where the new partner is, or move the map to put the cross on it.'
                    : `Click the new spot for ${mode.point.name}, or move the map to put the cross on it.`
                }
                onUseCentre={() => api.current && pick(api.current.center())}
                onCancel={() => setMode({ kind: 'browse' })}
              />
            ) : null}
            {tilesFailed ? (
              <Notice tone="warning" onDismiss={() => setTilesFailed(false)}>
                Map tiles could not be loaded; showing the built-in map.
              </Notice>
            ) : null}
            {message ? (
              <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
                {message.text}
              </Notice>
            ) : null}
          </div>
          {empty && !picking ? (
            <div className="pointer-events-none absolute inset-x-3 top-1/4 z-[1000]">
              <EmptyMapNotice
                filtered={!isFilterEmpty(filter)}
                canEdit={canEdit}
                onAddHere={() => setMode({ kind: 'add' })}
                onClearFilters={() => changeFilter({ ...emptyFilter, archived: filter.archived })}
              />
            </div>
          ) : null}
          <MapCanvas
            source={source}
            extent={extent}
            branches={data?.branches ?? null}
            tiles={props.tiles}
            home={props.home}
            initialView={props.initialView}
            canDrag={canEdit}
            shading={shade.shaded}
            picking={picking}
            coveredEdges={() => coveredEdges(mapAreaRef.current)}
            onReady={(ready) => {
              api.current = ready;
            }}
            onView={onView}
            onPick={pick}
            onDragged={pinMove.request}
            onTilesFailed={() => setTilesFailed(true)}
            onPopupClosed={onPopupClosed}
            renderPopup={(target, relayout) =>
              target.kind === 'partner' ? (
                <PartnerPopup
                  point={target.point}
                  focus={target.focus}
                  canMove={canEdit && !target.point.approximate}
                  onMove={() => {
                    api.current?.closePopup();
                    setMode({ kind: 'move', point: target.point });
                  }}
                  relayout={relayout}
                />
              ) : (
                <StackPopup
                  points={target.points}
                  focus={target.focus}
                  onChoose={(point) => api.current?.showPartner(point, { focus: true })}
                  relayout={relayout}
                />
              )
            }
          />
          {picking ? <Crosshair /> : null}
          <div
            data-covers="bottom-left"
            className="pointer-events-none absolute bottom-6 left-3 z-[1000] flex max-h-[70%] max-w-[calc(100%-1.5rem)] flex-col items-start gap-2"
          >
            {shade.shaded ? <AreaShadingLegend shaded={shade.shaded} /> : null}
            <MapLegend />
          </div>
        </div>
        <aside
          aria-label="Partner list"
          className={cx(
            'min-h-0 w-full flex-col border-line bg-white lg:w-80 lg:border-l',
            panel === 'map' ? 'hidden lg:flex' : 'flex',
          )}
        >
          <AreaPanel
            pending={shade.pending && shade.shading.mode !== 'off'}
            shaded={shade.shaded}
            onChoose={(area) => {
              setPanel('map');
              requestAnimationFrame(() => api.current?.showArea(area.polygons));
            }}
          />
          <div className="min-h-0 flex-1">
            <PartnerList
              status={status}
              visible={visible}
              hidden={data?.hidden ?? []}
              unplaced={data?.unplaced ?? []}
              loading={listLoading}
              error={error}
              onChoose={choose}
            />
          </div>
        </aside>
      </div>
      <MoveDialog
        name={pinMove.move?.point.name ?? null}
        pending={pinMove.moving}
        onConfirm={pinMove.confirm}
        onCancel={pinMove.cancel}
      />
    </div>
  );
}
