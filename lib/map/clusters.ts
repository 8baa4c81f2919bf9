import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MapBranch, MapPoint } from './payload';

/**
 * The map's clusters, one rule for every place that draws them: the server's first view
 * (lib/map/first-view.ts), the browser's index in its Web Worker (components/map/cluster-worker.ts)
 * and the printed map. Built from the same points in the same order with the same options,
 * supercluster gives the same clusters with the same ids, so a pin or cluster drawn from the
 * server's answer is kept when the worker's answer for the same view arrives (decision 0012).
 * Pure: no Leaflet, no database.
 */
export const clusterOptions = { radius: 72, maxZoom: 16, minPoints: 2 } as const;

/** West, south, east, north. */
export type Bbox = [number, number, number, number];
/** The box around every partner and branch: the map fits it when no view was asked for. */
export type Extent = { south: number; west: number; north: number; east: number };

export type ViewFeature =
  | { kind: 'cluster'; id: number; count: number; lat: number; lng: number }
  | { kind: 'point'; point: MapPoint };

/**
 * The name of one answer's data, the same on the server and in the browser: the filter (as its
 * query string) and the count of map changes it is as of. Features drawn from answers with the same
 * key are the same features.
 */
export function dataKey(query: string, version: number | undefined): string {
  return `${query}|${version ?? 'none'}`;
}

/**
 * The map page's first view, as the server sends it (lib/map/first-view.ts) and the browser draws it
 * (components/map/cluster-source.ts):
 *   key      the data the features come from (filter and the count of changes): the browser keeps
 *            the markers drawn from it when its own index, built from the same data, takes over
 *   extent   what the map fits when the address names no view
 *   views    per zoom the map may open at, the features inside a box a large screen cannot exceed
 */
export type FirstView = {
  key: string;
  extent: Extent | null;
  views: { zoom: number; bbox: Bbox; features: ViewFeature[] }[];
};

type PointProps = { i: number };
export type ClusterIndex = { index: Supercluster<PointProps>; points: MapPoint[] };

export function buildClusterIndex(points: MapPoint[]): ClusterIndex {
  const index = new Supercluster<PointProps>({ ...clusterOptions });
  index.load(
    points.map((p, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
      properties: { i },
    })),
  );
  return { index, points };
}

/** The clusters and pins whose centre is inside the box, at a whole zoom. */
export function featuresInView({ index, points }: ClusterIndex, bbox: Bbox, zoom: number): ViewFeature[] {
  const clamped: Bbox = [
    Math.max(-180, bbox[0]),
    Math.max(-85, bbox[1]),
    Math.min(180, bbox[2]),
    Math.min(85, bbox[3]),
  ];
  return index.getClusters(clamped, Math.round(zoom)).map((f): ViewFeature => {
    const props = f.properties as Partial<ClusterProperties> & Partial<PointProps>;
    if (props.cluster) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      return { kind: 'cluster', id: props.cluster_id!, count: props.point_count!, lat, lng };
    }
    return { kind: 'point', point: points[props.i!]! };
  });
}

/** Where a cluster opens up, and (for one whose partners share a spot) the partners in it. */
export function expandCluster({ index, points }: ClusterIndex, clusterId: number) {
  return {
    zoom: index.getClusterExpansionZoom(clusterId),
    leaves: index.getLeaves(clusterId, 200).map((leaf) => points[leaf.properties.i]!),
  };
}

/** The box the map fits when it opens without a view: every placed partner and every branch. */
export function extentOf(points: MapPoint[], branches: MapBranch[]): Extent | null {
  if (!points.length) return null;
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (const p of [...points, ...branches]) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
  }
  return { south, west, north, east };
}

/** Is the inner box inside the outer one? */
export function bboxWithin(inner: Bbox, outer: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

export function inBbox(bbox: Bbox, lat: number, lng: number): boolean {
  return lng >= bbox[0] && lng <= bbox[2] && lat >= bbox[1] && lat <= bbox[3];
}

// Web Mercator as Leaflet draws it: 256 pixels for the world at zoom 0.
function toPixel(lat: number, lng: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

function toLatLng(x: number, y: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const lng = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return [(180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))), lng];
}

/** The box of a screen of `width` × `height` pixels centred on a point at a zoom. */
export function screenAround(lat: number, lng: number, zoom: number, width: number, height: number): Bbox {
  const [x, y] = toPixel(lat, lng, zoom);
  const [north, west] = toLatLng(x - width / 2, y - height / 2, zoom);
  const [south, east] = toLatLng(x + width / 2, y + height / 2, zoom);
  return [west, south, east, north];
}

/** The same around the middle of an extent, where fitBounds centres the map. */
export function screenAroundExtent(extent: Extent, zoom: number, width: number, height: number): Bbox {
  const [x1, y1] = toPixel(extent.north, extent.west, zoom);
  const [x2, y2] = toPixel(extent.south, extent.east, zoom);
  const [lat, lng] = toLatLng((x1 + x2) / 2, (y1 + y2) / 2, zoom);
  return screenAround(lat, lng, zoom, width, height);
}

/**
 * The zooms at which Leaflet's fitBounds (padding 40, at most 14, as components/map/map-canvas.tsx
 * asks) can show an extent, from a small phone's map to a large screen's.
 */
export function fitZooms(extent: Extent, smallest: [number, number], largest: [number, number]): number[] {
  const zoomFor = ([width, height]: [number, number]) => {
    const [x1, y1] = toPixel(extent.north, extent.west, 0);
    const [x2, y2] = toPixel(extent.south, extent.east, 0);
    const scale = Math.min((width - 80) / Math.max(x2 - x1, 1e-9), (height - 80) / Math.max(y2 - y1, 1e-9));
    return Math.max(0, Math.min(14, Math.floor(Math.log2(scale))));
  };
  const low = zoomFor(smallest);
  const high = zoomFor(largest);
  return Array.from({ length: high - low + 1 }, (_, k) => low + k);
}
