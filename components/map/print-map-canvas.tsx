'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { ShadedArea, ShadingMode } from '@/lib/areas/shading';
import type { MapData } from '@/lib/map/payload';
import { addAreaShading, areaLatLngs } from './area-layer';
import { addBaseLayer, type TileSetting } from './base-layer';
import { addBranches } from './branch-layer';
import { PartnerClusterLayer } from './cluster-layer';
import { localClusterSource } from './cluster-source';

export type PrintMapCanvasProps = {
  data: MapData | null;
  tiles: TileSetting;
  home: { lat: number; lng: number; zoom: number };
  /** The view to print (west, south, east, north); null: fit the partners, else the home view. */
  bounds: [number, number, number, number] | null;
  shading: { mode: Exclude<ShadingMode, 'off'>; areas: ShadedArea[] } | null;
  /** What the printed map shows, once drawn: the list below the map is of these bounds. */
  onView: (bounds: [number, number, number, number]) => void;
  onTilesFailed: () => void;
};

const still = {
  zoomControl: false,
  dragging: false,
  scrollWheelZoom: false,
  doubleClickZoom: false,
  boxZoom: false,
  keyboard: false,
  touchZoom: false,
  // The printed view fits its bounds exactly, whatever the paper's shape.
  zoomSnap: 0,
  fadeAnimation: false,
  zoomAnimation: false,
  markerZoomAnimation: false,
} satisfies L.MapOptions;

/**
 * The map on a printed sheet: the same base map, areas, branches, clusters and pins as the map page,
 * as a still picture of one view. It fits that view again whenever its size changes (another paper,
 * another orientation), so the paper always shows the part of the world that was chosen.
 */
export default function PrintMapCanvas(props: PrintMapCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<PartnerClusterLayer | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const container = containerRef.current!;
    const { home, tiles } = latest.current;
    const map = L.map(container, { ...still, center: [home.lat, home.lng], zoom: home.zoom, maxZoom: 18 });
    mapRef.current = map;
    L.control.scale({ position: 'bottomright' }).addTo(map);
    const removeBase = addBaseLayer(map, tiles, home, () => latest.current.onTilesFailed());
    const ignore = () => {};
    const layer = new PartnerClusterLayer(map, {
      onPartner: ignore,
      onStack: ignore,
      onZoomedByKey: ignore,
      onFocus: ignore,
      onDragged: ignore,
    });
    layerRef.current = layer;
    map.on('moveend', () => {
      void layer.render();
      const b = map.getBounds();
      latest.current.onView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    });
    const resize = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      showChosenView(map, latest.current);
    });
    resize.observe(container);
    return () => {
      resize.disconnect();
      removeBase();
      layer.remove();
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.data) return;
    // A still picture of one view: indexed here, as the printed sheet has nothing else to do meanwhile.
    layerRef.current?.setSource(localClusterSource(props.data.points, 'print'), false);
    const branches = addBranches(map, props.data.branches);
    showChosenView(map, latest.current);
    return () => {
      branches.remove();
    };
  }, [props.data]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.shading) return;
    const group = addAreaShading(map, props.shading.areas, props.shading.mode);
    return () => {
      group.remove();
    };
  }, [props.shading]);

  // A still picture: nothing in it takes focus or is read out; the sheet says what it shows in words.
  return <div ref={containerRef} className="pa-map pa-print-map absolute inset-0" inert />;
}

/** Shows the chosen view; without one, the partners and branches (or the shaded areas), else home. */
function showChosenView(map: L.Map, { bounds, data, home, shading }: PrintMapCanvasProps) {
  if (!map.getContainer().clientWidth) return;
  let target: L.LatLngBounds | null = null;
  if (bounds) {
    target = L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]);
  } else if (data && (data.points.length || data.branches.length)) {
    target = L.latLngBounds(
      [...data.points, ...data.branches].map((p) => [p.lat, p.lng] as [number, number]),
    );
  } else if (shading?.areas.length) {
    target = L.latLngBounds(shading.areas.flatMap((a) => areaLatLngs(a.polygons).flat(2)));
  }
  if (target?.isValid())
    map.fitBounds(target, { padding: bounds ? [0, 0] : [24, 24], maxZoom: 16, animate: false });
  else map.setView([home.lat, home.lng], home.zoom, { animate: false });
}
