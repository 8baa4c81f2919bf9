import {
  type Bbox,
  bboxWithin,
  buildClusterIndex,
  expandCluster,
  type FirstView,
  featuresInView,
  inBbox,
  type ViewFeature,
} from '@/lib/map/clusters';
import type { MapPoint } from '@/lib/map/payload';

/**
 * Where the map's clusters come from (./cluster-layer.ts asks, and draws the answer): the
 * browser's index in its worker (./cluster-worker-client.ts), the server's first view until that
 * index is ready, or an index on the page itself (the printed map).
 */
export type ClusterSource = {
  /** Sources with the same key answer from the same data: markers they share are kept. */
  key: string;
  /** The clusters and pins in a box at a zoom; null when this source cannot tell (yet). */
  clusters(bbox: Bbox, zoom: number): Promise<ViewFeature[] | null>;
  /** Where a cluster opens up and what it holds; null when only a full index can tell. */
  expand(clusterId: number): Promise<{ zoom: number; leaves: MapPoint[] } | null>;
};

/**
 * The server's first view (lib/map/first-view.ts) as a source: answers only for the zooms and box it
 * covers. `onAsked`: told the first time the map asks, whether or not this source can answer. */
export function firstViewSource(first: FirstView, onAsked: () => void = () => {}): ClusterSource {
  let asked = false;
  return {
    key: first.key,
    async clusters(bbox, zoom) {
      if (!asked) {
        asked = true;
        onAsked();
      }
      const view = first.views.find((v) => v.zoom === Math.round(zoom) && bboxWithin(bbox, v.bbox));
      if (!view) return null;
      return view.features.filter((f) =>
        f.kind === 'cluster' ? inBbox(bbox, f.lat, f.lng) : inBbox(bbox, f.point.lat, f.point.lng),
      );
    },
    expand: async () => null,
  };
}

/** An index on the page itself: for a few points, or where a worker cannot run. */
export function localClusterSource(points: MapPoint[], key: string): ClusterSource {
  const index = buildClusterIndex(points);
  return {
    key,
    clusters: async (bbox, zoom) => featuresInView(index, bbox, zoom),
    expand: async (clusterId) => expandCluster(index, clusterId),
  };
}
