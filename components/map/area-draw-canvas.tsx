'use client';

import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import './map.css';
import L from 'leaflet';
import './area-draw-geoman';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { AreaPolygons } from '@/lib/areas/vocabulary';
import type { AreaDrawCanvasProps } from './area-draw';
import { cornersOf, partsOf, polygonLayers } from './area-draw-shape';
import { addBaseLayer } from './base-layer';

type Mode = 'idle' | 'drawing' | 'editing';

const partStyle: L.PathOptions = { color: '#1d4ed8', weight: 3, fillColor: '#3b82f6', fillOpacity: 0.2 };

/**
 * The drawing map (leaflet-geoman): the shape's parts as editable polygons, drawn and edited with
 * the buttons above it; every change is handed up as GeoJSON coordinates. Loaded in the browser
 * only, through next/dynamic in ./area-draw.tsx.
 */
export default function AreaDrawCanvas(props: AreaDrawCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const groupRef = useRef<L.FeatureGroup | null>(null);
  const modeRef = useRef<Mode>('idle');
  const latest = useRef(props);
  latest.current = props;
  const [mode, setModeState] = useState<Mode>('idle');
  const [parts, setParts] = useState<{ layer: L.Polygon; corners: number }[]>([]);
  const [changed, setChanged] = useState(false);

  const setMode = (next: Mode) => {
    modeRef.current = next;
    setModeState(next);
  };

  /** Reads the parts off the map, lists them, and hands the shape up (null: unchanged). */
  const sync = (hasChanged: boolean) => {
    const group = groupRef.current;
    if (!group) return;
    const layers = group.getLayers() as L.Polygon[];
    setParts(layers.map((layer) => ({ layer, corners: cornersOf(partsOf([layer])) })));
    setChanged(hasChanged);
    latest.current.onChange(hasChanged ? partsOf(layers) : null);
  };

  const watch = (layer: L.Polygon) => {
    layer.on('pm:edit', () => sync(true));
    if (modeRef.current === 'editing') enableEditing(layer);
  };

  const enableEditing = (layer: L.Polygon) =>
    layer.pm.enable({
      allowSelfIntersection: false,
      removeLayerBelowMinVertexCount: false,
      snappable: true,
      draggable: false,
    });

  const load = (polygons: AreaPolygons) => {
    const group = groupRef.current!;
    group.clearLayers();
    for (const layer of polygonLayers(polygons, { ...partStyle, pmIgnore: false })) {
      group.addLayer(layer);
      watch(layer);
    }
  };

  // The map, its base layer and the starting shape, made once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: made once; later props are read through `latest`
  useEffect(() => {
    const { polygons, box, home, tiles } = latest.current;
    const map = L.map(containerRef.current!, {
      pmIgnore: false,
      center: [home.lat, home.lng],
      zoom: home.zoom,
    });
    mapRef.current = map;
    const group = L.featureGroup().addTo(map);
    groupRef.current = group;
    load(polygons);
    if (group.getLayers().length > 0) map.fitBounds(group.getBounds(), { padding: [24, 24], animate: false });
    else if (box)
      map.fitBounds(
        [
          [box.south, box.west],
          [box.north, box.east],
        ],
        { padding: [24, 24], maxZoom: 14 },
      );
    const center = map.getCenter();
    const removeBase = addBaseLayer(map, tiles, { lat: center.lat, lng: center.lng }, () =>
      latest.current.onTilesFailed(),
    );
    map.on('pm:create', (event) => {
      const layer = event.layer as L.Polygon;
      layer.setStyle(partStyle);
      group.addLayer(layer);
      watch(layer);
      setMode(modeRef.current === 'drawing' ? 'idle' : modeRef.current);
      sync(true);
    });
    map.on('pm:drawend', () => {
      if (modeRef.current === 'drawing') setMode('idle');
    });
    sync(false);
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(map.getContainer());
    // geoman's corner handles are Leaflet markers, which make themselves nameless buttons in the tab
    // order; they move only by mouse, so they leave it: the keyboard path is the text box.
    const handles = new MutationObserver(() => {
      for (const el of map.getPane('markerPane')?.querySelectorAll('.marker-icon[role="button"]') ?? []) {
        el.removeAttribute('role');
        el.removeAttribute('tabindex');
      }
    });
    handles.observe(map.getPane('markerPane')!, { childList: true });
    return () => {
      handles.disconnect();
      resize.disconnect();
      removeBase();
      map.remove();
      mapRef.current = null;
      groupRef.current = null;
    };
  }, []);

  const draw = () => {
    const map = mapRef.current;
    if (!map) return;
    if (modeRef.current === 'drawing') {
      map.pm.disableDraw();
      setMode('idle');
      return;
    }
    if (modeRef.current === 'editing') stopEditing();
    setMode('drawing');
    map.pm.enableDraw('Polygon', {
      snappable: true,
      allowSelfIntersection: false,
      finishOnEnter: true,
      pathOptions: { ...partStyle, pmIgnore: false } as L.PathOptions,
    });
  };

  const finish = () => {
    // geoman's own toolbar finishes a shape the same way ("Finish" beside the polygon tool).
    const polygon = mapRef.current?.pm.Draw.Polygon as unknown as { _finishShape?: () => void } | undefined;
    polygon?._finishShape?.();
  };

  const stopEditing = () => {
    for (const layer of groupRef.current?.getLayers() ?? []) (layer as L.Polygon).pm.disable();
    setMode('idle');
  };

  const edit = () => {
    if (modeRef.current === 'editing') return stopEditing();
    if (modeRef.current === 'drawing') mapRef.current?.pm.disableDraw();
    setMode('editing');
    for (const layer of groupRef.current?.getLayers() ?? []) enableEditing(layer as L.Polygon);
  };

  const removePart = (layer: L.Polygon) => {
    layer.pm.disable();
    groupRef.current?.removeLayer(layer);
    sync(true);
  };

  const undo = () => {
    if (modeRef.current === 'drawing') mapRef.current?.pm.disableDraw();
    stopEditing();
    load(latest.current.polygons);
    sync(false);
  };

  const { label, describedBy } = props;
  const corners = parts.reduce((sum, part) => sum + part.corners, 0);
  const help =
    mode === 'drawing'
      ? 'Click the map at each corner; click the first corner again (or press Enter) to finish the part.'
      : mode === 'editing'
        ? 'Drag a corner to move it; drag a small middle marker to add a corner; right-click a corner to remove it.'
        : 'Draw a part, or move the corners of the parts there are.';

  return (
    <div className="space-y-2">
      <div role="toolbar" aria-label={`Drawing tools for ${label}`} className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={mode === 'drawing'}
          onClick={draw}
          aria-describedby={describedBy}
        >
          {mode === 'drawing' ? 'Stop drawing' : parts.length ? 'Draw another part' : 'Draw the area'}
        </Button>
        {mode === 'drawing' ? (
          <Button variant="secondary" size="sm" onClick={finish}>
            Finish the part
          </Button>
        ) : null}
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={mode === 'editing'}
          onClick={edit}
          disabled={!parts.length}
        >
          {mode === 'editing' ? 'Done moving corners' : 'Move corners'}
        </Button>
        <Button variant="ghost" size="sm" onClick={undo} disabled={!changed}>
          Undo changes on the map
        </Button>
      </div>
      <p className="text-sm text-muted">{help}</p>
      <section
        aria-label={`Map to draw ${label}`}
        className="relative isolate h-80 overflow-hidden rounded-md border border-line sm:h-96"
      >
        <div ref={containerRef} className="pa-map absolute inset-0" />
      </section>
      <p className="text-sm" aria-live="polite">
        {parts.length === 0
          ? 'Nothing drawn yet.'
          : `${parts.length === 1 ? '1 part' : `${parts.length} parts`}, ${corners.toLocaleString('en-US')} corners${changed ? ', changed: save to keep it.' : '.'}`}
      </p>
      {parts.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Parts of the shape">
          {parts.map((part, index) => (
            <li key={L.Util.stamp(part.layer)}>
              <Button variant="secondary" size="sm" onClick={() => removePart(part.layer)}>
                Remove part {index + 1} <span className="text-muted">({part.corners} corners)</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
