import type { Bbox, Extent, ViewFeature } from '@/lib/map/clusters';
import type { MapBranch, MapListed, MapPoint } from '@/lib/map/payload';

/** What the page says to the map's worker (./cluster-worker.ts). */
export type ToWorker =
  | { type: 'load'; generation: number; bytes: ArrayBuffer }
  | { type: 'clusters'; id: number; generation: number; bbox: Bbox; zoom: number }
  | { type: 'expand'; id: number; generation: number; clusterId: number }
  /** `base`: the index the move applies to; refused when another has replaced it meanwhile. */
  | { type: 'replace'; base: number; generation: number; point: MapPoint };

/** What the worker answers. */
export type FromWorker =
  | {
      type: 'loaded';
      generation: number;
      version: number | undefined;
      hidden: MapListed[];
      unplaced: MapListed[];
      branches: MapBranch[];
      extent: Extent | null;
    }
  | { type: 'points'; generation: number; points: MapPoint[]; done: boolean }
  | { type: 'failed'; generation: number }
  | { type: 'replaced'; generation: number; ok: boolean }
  | {
      type: 'answer';
      id: number;
      value: ViewFeature[] | { zoom: number; leaves: MapPoint[] } | null;
    };
