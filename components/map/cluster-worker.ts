/// <reference lib="webworker" />
// The map's full index, off the page's main thread (issue 21): the gzipped answer of /api/map is
// unpacked, read and clustered here, so no step of loading, panning or zooming holds the page up,
// even at 100,000 partners. The page asks for the clusters of each view (./cluster-worker-client.ts).
import {
  buildClusterIndex,
  type ClusterIndex,
  expandCluster,
  extentOf,
  featuresInView,
} from '@/lib/map/clusters';
import { decodeMapPayload, type MapPayload } from '@/lib/map/payload';
import type { FromWorker, ToWorker } from './cluster-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Points go back to the page in parts, so reading each part stays a short task there. */
const part = 4000;

let current: { generation: number; index: ClusterIndex } | null = null;
let newest = 0;

function post(message: FromWorker) {
  scope.postMessage(message);
}

async function load(generation: number, bytes: ArrayBuffer) {
  const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const payload = (await new Response(unpacked).json()) as MapPayload;
  // A newer filter's data came while this one was read: it wins.
  if (generation !== newest) return;
  const data = decodeMapPayload(payload);
  current = { generation, index: buildClusterIndex(data.points) };
  post({
    type: 'loaded',
    generation,
    version: payload.version,
    hidden: data.hidden,
    unplaced: data.unplaced,
    branches: data.branches,
    extent: extentOf(data.points, data.branches),
  });
  for (let at = 0; at < data.points.length || at === 0; at += part) {
    const end = at + part;
    post({ type: 'points', generation, points: data.points.slice(at, end), done: end >= data.points.length });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      newest = message.generation;
      load(message.generation, message.bytes).catch(() =>
        post({ type: 'failed', generation: message.generation }),
      );
      return;
    case 'clusters': {
      const ok = current?.generation === message.generation;
      post({
        type: 'answer',
        id: message.id,
        value: ok ? featuresInView(current!.index, message.bbox, message.zoom) : null,
      });
      return;
    }
    case 'expand': {
      const ok = current?.generation === message.generation;
      post({
        type: 'answer',
        id: message.id,
        value: ok ? expandCluster(current!.index, message.clusterId) : null,
      });
      return;
    }
    case 'replace': {
      // A pin moved and saved: the index is built again from the points with the one replaced,
      // unless newer data has come (or is being read) since the index the move was made on.
      if (!current || current.generation !== message.base || newest !== message.base) {
        post({ type: 'replaced', generation: message.generation, ok: false });
        return;
      }
      const points = current.index.points.map((p) => (p.id === message.point.id ? message.point : p));
      current = { generation: message.generation, index: buildClusterIndex(points) };
      newest = message.generation;
      post({ type: 'replaced', generation: message.generation, ok: true });
      return;
    }
  }
};
