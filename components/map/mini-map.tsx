'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { AssetCategory, RelationshipStage } from '@/lib/partners/vocabulary';
import type { TileSetting } from './base-layer';

// Leaflet needs a browser: the small map is loaded on the client only, from here.
const MiniMapCanvas = dynamic(() => import('./mini-map-canvas'), {
  ssr: false,
  loading: () => (
    <p className="absolute inset-0 grid place-items-center text-sm text-muted">Loading the map…</p>
  ),
});

export type NearbyBranch = { name: string; lat: number; lng: number };

export type MiniMapProps = {
  /** An approximate point must already be rounded: whatever reaches the browser can be read. */
  point: { lat: number; lng: number; approximate: boolean };
  /** The pin looks as on the big map: colour for the stage, shape for the category. */
  look: { stage: RelationshipStage; category: AssetCategory };
  tiles: TileSetting;
  branches: NearbyBranch[];
  onTilesFailed?: () => void;
  className?: string;
};

/**
 * A small map of one place, for a page or a form. It shows, and says nothing on its own: put it in
 * a <figure> whose caption says where the place is in words.
 */
export function MiniMap({
  className = 'h-56',
  ...props
}: Omit<MiniMapProps, 'onTilesFailed'> & { className?: string }) {
  const [tilesFailed, setTilesFailed] = useState(false);
  return (
    <div>
      <div className={`relative isolate overflow-hidden rounded-md border border-line ${className}`}>
        <MiniMapCanvas {...props} onTilesFailed={() => setTilesFailed(true)} />
      </div>
      {tilesFailed ? (
        <p className="mt-1 text-xs text-muted">Map tiles could not be loaded; showing the built-in map.</p>
      ) : null}
    </div>
  );
}
