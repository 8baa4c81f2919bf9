'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { addBaseLayer } from './base-layer';
import { addBranches } from './branch-layer';
import { approximateArea, pinIcon } from './leaflet-icons';
import type { MiniMapProps } from './mini-map';

/** Close enough to see the street; an area about two kilometres across fits at 13. */
const exactZoom = 15;
const approximateZoom = 13;
/** A branch this close is worth showing beside the place; farther away it would shrink the place to a dot. */
const nearbyBranchMetres = 4_000;

/**
 * A small, still map of one place: its pin (as on the big map), the dashed area of an approximate
 * location, and branches nearby. Nothing in it takes keyboard focus or a drag, so it never traps
 * anyone or steals a phone's scrolling; the big map is one link away. Loaded in the browser only,
 * through next/dynamic in ./mini-map.tsx.
 */
export default function MiniMapCanvas(props: MiniMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const latest = useRef(props);
  latest.current = props;

  // The map and its base layer, made once, around the first point.
  useEffect(() => {
    const { point, tiles } = latest.current;
    const map = L.map(containerRef.current!, {
      center: [point.lat, point.lng],
      zoom: point.approximate ? approximateZoom : exactZoom,
      zoomControl: false,
      dragging: false,
      touchZoom: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      boxZoom: false,
      keyboard: false,
    });
    mapRef.current = map;
    const removeBase = addBaseLayer(map, tiles, point, () => latest.current.onTilesFailed?.());
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(map.getContainer());
    return () => {
      resize.disconnect();
      removeBase();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // The place itself; a new point (typed or found in a form) moves the map to it.
  const { lat, lng, approximate } = props.point;
  const { stage, category } = props.look;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const marker = L.marker([lat, lng], {
      icon: pinIcon({ stage, category, hollow: approximate }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 500,
    });
    const group = L.layerGroup(approximate ? [approximateArea([lat, lng], stage), marker] : [marker]);
    group.addTo(map);
    // The nearest branch, when it is close, is brought into view too: it tells where the place is.
    const at = L.latLng(lat, lng);
    const zoom = approximate ? approximateZoom : exactZoom;
    const nearest = latest.current.branches
      .map((b) => ({ b, metres: at.distanceTo([b.lat, b.lng]) }))
      .sort((x, y) => x.metres - y.metres)[0];
    if (nearest && nearest.metres < nearbyBranchMetres) {
      const bounds = at.toBounds(approximate ? 2_200 : 300).extend([nearest.b.lat, nearest.b.lng]);
      // More room on the right: a branch's name is written to the right of its tile.
      map.fitBounds(bounds, {
        paddingTopLeft: [36, 36],
        paddingBottomRight: [170, 36],
        maxZoom: zoom,
        animate: false,
      });
    } else {
      map.setView(at, zoom, { animate: false });
    }
    return () => {
      group.remove();
    };
  }, [lat, lng, approximate, stage, category]);

  // Branches nearby, for bearings: drawn as on the big map, below the place's own pin.
  const { branches } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !branches.length) return;
    const group = addBranches(map, branches);
    return () => {
      group.remove();
    };
  }, [branches]);

  return <div ref={containerRef} className="pa-map pa-mini-map absolute inset-0" />;
}
