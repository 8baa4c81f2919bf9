'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { AreaPolygons } from '@/lib/areas/vocabulary';
import type { TileSetting } from './base-layer';

// Leaflet and its drawing tools need a browser: the drawing map is loaded on the client only, from here.
const AreaDrawCanvas = dynamic(() => import('./area-draw-canvas'), {
  ssr: false,
  loading: () => <p className="py-24 text-center text-sm text-muted">Loading the map…</p>,
});

export type DrawBox = { south: number; west: number; north: number; east: number };

export type AreaDrawCanvasProps = {
  /** The shape the map starts from ([] to draw a new one), as GeoJSON MultiPolygon coordinates. */
  polygons: AreaPolygons;
  /** Where the map opens when there is no shape: the set's areas, else the organization's home view. */
  box: DrawBox | null;
  home: { lat: number; lng: number; zoom: number };
  tiles: TileSetting;
  /** The parts as they are now, or null when they are back to how the map started. */
  onChange: (polygons: AreaPolygons | null) => void;
  onTilesFailed: () => void;
  /** Names the map and its tools, for example "Casino Road". */
  label: string;
  /** Ids of the faults shown beside the map, for the tools to point at. */
  describedBy?: string;
};

type Props = Omit<AreaDrawCanvasProps, 'onChange' | 'onTilesFailed'> & {
  /** The form field the drawn shape is sent in (GeoJSON coordinates; empty while unchanged). */
  name: string;
  /** Faults the server found in the drawn shape, said beside the map. */
  faults?: string[];
};

/**
 * A map to draw an area on, or to edit its shape: buttons to draw another part, move corners and
 * remove parts, and the result in a hidden field of the surrounding form. The mouse path only: pages
 * also offer the shape as text (the keyboard path).
 */
export function AreaDraw({ name, faults = [], ...props }: Props) {
  const [drawn, setDrawn] = useState('');
  const [tilesFailed, setTilesFailed] = useState(false);
  const faultId = `${name}-faults`;
  return (
    <div className="space-y-2">
      <input type="hidden" name={name} value={drawn} />
      <AreaDrawCanvas
        {...props}
        describedBy={faults.length ? faultId : undefined}
        onChange={(polygons) => setDrawn(polygons ? JSON.stringify(polygons) : '')}
        onTilesFailed={() => setTilesFailed(true)}
      />
      {tilesFailed ? (
        <p className="text-xs text-muted">Map tiles could not be loaded; showing the built-in map.</p>
      ) : null}
      {faults.length > 0 ? (
        <ul id={faultId} className="space-y-1 text-sm font-medium text-red-700">
          {faults.map((fault) => (
            <li key={fault}>{fault}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
