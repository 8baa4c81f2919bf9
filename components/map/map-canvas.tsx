'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ShadedArea, ShadingMode } from '@/lib/areas/shading';
import type { Extent } from '@/lib/map/clusters';
import type { MapBranch, MapPoint } from '@/lib/map/payload';
import { addAreaShading, areaLatLngs } from './area-layer';
import { addBaseLayer, type TileSetting } from './base-layer';
import { addBranches } from './branch-layer';
import { PartnerClusterLayer } from './cluster-layer';
import type { ClusterSource } from './cluster-source';
import type { Inset, LatLng, MapApi, MapView, PopupTarget } from './map-types';

export type MapCanvasProps = {
  /** Where the partners' clusters come from (./use-map-data.ts): null until something can tell. */
  source: ClusterSource | null;
  /** The box of every partner and branch, fitted when the address names no view; null when empty. */
  extent: Extent | null;
  branches: MapBranch[] | null;
  tiles: TileSetting;
  /** Where the organization's map opens. */
  home: { lat: number; lng: number; zoom: number };
  /** A view from the address bar: shown as it is, instead of fitting the partners. */
  initialView: { lat: number; lng: number; zoom: number } | null;
  canDrag: boolean;
  /** Areas to shade, and by what (./area-layer.ts); none when shading is off. */
  shading: { mode: Exclude<ShadingMode, 'off'>; areas: ShadedArea[] } | null;
  /** Picking a point (to add a partner or move one): a click on the map is the answer. */
  picking: boolean;
  /** What covers the map's edges now (messages, the legend): pins and popups are kept clear of it. */
  coveredEdges: () => Inset;
  onReady: (api: MapApi) => void;
  /**
   * The view changed. `auto`: the map moved by itself (opening, fitting the partners), not because
   * the person moved it or chose a partner.
   */
  onView: (view: MapView, auto: boolean) => void;
  onPick: (at: LatLng) => void;
  onDragged: (point: MapPoint, to: LatLng) => void;
  onTilesFailed: () => void;
  /** `hadFocus`: keyboard focus was inside the popup, and leaves with it. */
  onPopupClosed: (target: PopupTarget, hadFocus: boolean) => void;
  renderPopup: (target: PopupTarget, relayout: () => void) => React.ReactNode;
};

type OpenPopup = { target: PopupTarget; container: HTMLElement; popup: L.Popup };

/** The part of the map nothing lies over, as Leaflet's padding from each corner, with a margin. */
function clearArea(map: L.Map, inset: Inset, margin: number) {
  const size = map.getSize();
  // Never so much that no room is left (a tall message on a small phone).
  const clamp = (n: number, room: number) => Math.max(0, Math.min(n, room / 2 - margin * 2));
  return {
    topLeft: L.point(clamp(inset.left, size.x) + margin, clamp(inset.top, size.y) + margin),
    bottomRight: L.point(clamp(inset.right, size.x) + margin, clamp(inset.bottom, size.y) + margin),
  };
}

/**
 * Moves the map as little as it takes for a point to show in the clear area; from far out (a whole
 * region, where a lone pin is easy to miss) `closer` zooms in to it instead.
 */
function keepInSight(map: L.Map, inset: Inset, at: L.LatLng, closer?: number) {
  if (closer !== undefined && map.getZoom() < 11) {
    map.setView(at, closer, { animate: false });
    return;
  }
  const { topLeft, bottomRight } = clearArea(map, inset, 32);
  const size = map.getSize();
  const spot = map.latLngToContainerPoint(at);
  const inside =
    spot.x >= topLeft.x &&
    spot.y >= topLeft.y &&
    spot.x <= size.x - bottomRight.x &&
    spot.y <= size.y - bottomRight.y;
  if (!inside)
    map.panInside(at, { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: false });
}

/**
 * Measures an open popup again after its content grew. Leaflet re-attaches the content while doing
 * so, which would drop keyboard focus from inside it: put focus back where it was.
 */
function relayout({ popup, container }: OpenPopup) {
  const focused = document.activeElement;
  popup.update();
  if (focused instanceof HTMLElement && focused !== document.activeElement && container.contains(focused)) {
    focused.focus({ preventScroll: true });
  }
}

/**
 * The Leaflet map itself. Only this file (and the helpers it imports) touch Leaflet; it is loaded
 * in the browser only, through next/dynamic in ./map-explorer.tsx.
 */
export default function MapCanvas(props: MapCanvasProps) {
  const containerRef = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<PartnerClusterLayer | null>(null);
  const fittedRef = useRef(false);
  const autoMove = useRef(false);
  const [open, setOpen] = useState<OpenPopup | null>(null);
  // Handlers change on every render of the parent; Leaflet's listeners read the latest ones.
  const latest = useRef(props);
  latest.current = props;

  // The map, its base layer and the partner layer, made once.
  // Later changes arrive through `latest` and the effects below.
  useEffect(() => {
    const container = containerRef.current!;
    const { home, initialView, tiles } = latest.current;
    const start = initialView ?? home;
    const map = L.map(container, { center: [start.lat, start.lng], zoom: start.zoom, maxZoom: 18 });
    mapRef.current = map;
    L.control.scale({ position: 'bottomright' }).addTo(map);

    const removeBase = addBaseLayer(map, tiles, home, () => latest.current.onTilesFailed());

    /** `opener`: the pin or cluster it was opened from by keyboard, where focus returns. */
    const openPopup = (target: PopupTarget, at: L.LatLng, opener: HTMLElement | null = null) => {
      const content = document.createElement('div');
      content.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') map.closePopup();
      });
      // React handles clicks in the popup here, in its portal, and may remove the clicked button
      // before the click reaches the map; the map would then take it for a click on the map
      // (closing the next popup, or picking a point). Clicks in a popup stay in the popup.
      content.addEventListener('click', (event) => event.stopPropagation());
      // The popup opens clear of the messages over the map, not under them.
      const clear = clearArea(map, latest.current.coveredEdges(), 16);
      const popup = L.popup({
        maxWidth: 300,
        minWidth: 220,
        autoPanPaddingTopLeft: clear.topLeft,
        autoPanPaddingBottomRight: clear.bottomRight,
      })
        .setLatLng(at)
        .setContent(content);
      popup.on('remove', () => {
        // Leaflet fades the popup out before it leaves the page: focus may still be inside it.
        const hadFocus = content.contains(document.activeElement);
        setOpen((current) => (current?.popup === popup ? null : current));
        const active = document.activeElement;
        if (opener?.isConnected && (hadFocus || !active || active === document.body)) {
          opener.focus({ preventScroll: true });
        } else {
          latest.current.onPopupClosed(target, hadFocus);
        }
      });
      popup.openOn(map);
      setOpen({ target, container: content, popup });
    };

    const layer = new PartnerClusterLayer(
      map,
      {
        // Opened by keyboard, focus moves into the popup (and back to the pin when it closes).
        onPartner: (point, opener) =>
          openPopup(
            { kind: 'partner', point, focus: Boolean(opener) },
            L.latLng(point.lat, point.lng),
            opener,
          ),
        onStack: (points, at, opener) =>
          openPopup({ kind: 'stack', points, focus: Boolean(opener) }, at, opener),
        // The cluster pressed is gone once the map zooms in: focus stays on the map, where Tab
        // goes on to the pins that took its place.
        onZoomedByKey: () => container.focus({ preventScroll: true }),
        // Tab reaches pins just outside the view too (and under the messages): bring each into sight.
        onFocus: (at) => keepInSight(map, latest.current.coveredEdges(), at),
        onDragged: (point, to) => latest.current.onDragged(point, { lat: to.lat, lng: to.lng }),
      },
      () => {
        // How many times the partners were drawn: the benchmarks wait for the next one (decision 0012).
        container.dataset.drawn = String(Number(container.dataset.drawn ?? 0) + 1);
      },
    );
    layerRef.current = layer;

    const emitView = (auto: boolean) => {
      if (!container.clientWidth || !container.clientHeight) return;
      const b = map.getBounds();
      const c = map.getCenter();
      latest.current.onView(
        {
          bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
          center: { lat: c.lat, lng: c.lng },
          zoom: map.getZoom(),
        },
        auto,
      );
    };
    map.on('moveend', () => {
      void layer.render();
      emitView(autoMove.current);
    });
    map.on('click', (event: L.LeafletMouseEvent) => {
      if (latest.current.picking) latest.current.onPick({ lat: event.latlng.lat, lng: event.latlng.lng });
    });

    // The list beside the map (or the phone's map/list switch) changes the map's size.
    // Hidden (the phone's list is showing), it has no size: keep the last view until it is back.
    const resize = new ResizeObserver(() => {
      if (container.clientWidth > 0 && container.clientHeight > 0) {
        autoMove.current = true;
        map.invalidateSize();
        autoMove.current = false;
      }
    });
    resize.observe(container);

    latest.current.onReady({
      showPartner(point, { focus }) {
        const at = L.latLng(point.lat, point.lng);
        map.setView(at, Math.max(map.getZoom(), point.approximate ? 13 : 16), { animate: false });
        openPopup({ kind: 'partner', point, focus }, at);
      },
      resetPins: () => layer.resetPins(),
      center: () => {
        const c = map.getCenter();
        return { lat: c.lat, lng: c.lng };
      },
      closePopup: () => map.closePopup(),
      bringIntoView(point) {
        const at = L.latLng(point.lat, point.lng);
        keepInSight(map, latest.current.coveredEdges(), at, point.approximate ? 13 : 14);
      },
      showArea(polygons) {
        if (!polygons.length) return;
        const { topLeft, bottomRight } = clearArea(map, latest.current.coveredEdges(), 16);
        map.fitBounds(L.latLngBounds(areaLatLngs(polygons).flat(2)), {
          paddingTopLeft: topLeft,
          paddingBottomRight: bottomRight,
          animate: false,
        });
      },
    });
    emitView(true);

    return () => {
      resize.disconnect();
      removeBase();
      layer.remove();
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
      // A map made again (React may remake it in development) fits the partners again.
      fittedRef.current = false;
    };
  }, []);

  // The first box with partners in it is fitted, once: later filters keep the view the person chose.
  // Before the clusters are asked for, so the first answer is for the fitted view.
  useEffect(() => {
    const map = mapRef.current;
    const extent = props.extent;
    if (!map || !extent || fittedRef.current || props.initialView) return;
    fittedRef.current = true;
    // Not closer than a neighbourhood, so a lone partner still shows where it is.
    // Without animation, the move ends within fitBounds: the flag covers exactly this move.
    autoMove.current = true;
    map.fitBounds(
      [
        [extent.south, extent.west],
        [extent.north, extent.east],
      ],
      { padding: [40, 40], maxZoom: 14, animate: false },
    );
    autoMove.current = false;
  }, [props.extent, props.initialView]);

  // A new source (the server's first view, the worker's index, a new filter's): the view again.
  useEffect(() => {
    if (props.source) layerRef.current?.setSource(props.source, props.canDrag);
  }, [props.source, props.canDrag]);

  // Branches: few, never clustered, drawn under the partners (./branch-layer.ts).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.branches) return;
    const group = addBranches(map, props.branches);
    return () => {
      group.remove();
    };
  }, [props.branches]);

  // The areas' shading, under the branches and partners (./area-layer.ts).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.shading) return;
    const group = addAreaShading(map, props.shading.areas, props.shading.mode);
    return () => {
      group.remove();
    };
  }, [props.shading]);

  useEffect(() => {
    containerRef.current?.classList.toggle('pa-picking', props.picking);
  }, [props.picking]);

  return (
    <>
      <section
        ref={containerRef}
        className="pa-map absolute inset-0"
        aria-label="Map"
        aria-describedby="map-keys"
      />
      <p id="map-keys" className="sr-only">
        Arrow keys move the map and plus and minus zoom when it has focus. The list of partners in view is
        beside the map.
      </p>
      {open
        ? createPortal(
            props.renderPopup(open.target, () => relayout(open)),
            open.container,
          )
        : null}
    </>
  );
}
