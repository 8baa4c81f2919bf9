import { type Bbox, dataKey, type Extent, type ViewFeature } from '@/lib/map/clusters';
import type { MapBranch, MapListed, MapPoint } from '@/lib/map/payload';
import type { ClusterSource } from './cluster-source';
import type { FromWorker, ToWorker } from './cluster-worker-protocol';

export type Loaded = {
  source: ClusterSource;
  hidden: MapListed[];
  unplaced: MapListed[];
  branches: MapBranch[];
  extent: Extent | null;
};

type Handlers = {
  /** The index is ready: clusters can be asked for. The points follow. */
  onLoaded: (loaded: Loaded) => void;
  /** Every point, for the list beside the map. */
  onPoints: (points: MapPoint[]) => void;
  onFailed: () => void;
};

type Reading = { generation: number; query: string; key: string; handlers: Handlers; parts: MapPoint[][] };

/**
 * The page's side of the map's worker (./cluster-worker.ts): hands it each answer of /api/map as
 * it arrived (gzipped bytes, moved rather than copied) and asks it for the clusters of each view.
 * A newer answer makes the older one's questions go unanswered (null).
 */
export class ClusterWorkerClient {
  private readonly worker: Worker;
  private asked = 0;
  private generation = 0;
  private readonly waiting = new Map<number, (value: unknown) => void>();
  private reading: Reading | null = null;
  private replacing: { generation: number; done: () => void } | null = null;

  constructor() {
    this.worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { name: 'map-clusters' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = () => this.reading?.handlers.onFailed();
  }

  read(bytes: ArrayBuffer, query: string, handlers: Handlers) {
    const generation = ++this.generation;
    this.reading = { generation, query, key: '', handlers, parts: [] };
    this.post({ type: 'load', generation, bytes }, [bytes]);
  }

  /** A pin moved and its move was saved: the worker indexes the points again with it. */
  replace(point: MapPoint): Promise<ClusterSource | null> {
    const reading = this.reading;
    if (!reading) return Promise.resolve(null);
    const generation = ++this.generation;
    reading.generation = generation;
    const key = `${reading.key}|moved:${generation}`;
    return new Promise((resolve) => {
      this.replacing = { generation, done: () => resolve(this.sourceFor(generation, key)) };
      this.post({ type: 'replace', generation, point });
    });
  }

  terminate() {
    this.worker.terminate();
    for (const answer of this.waiting.values()) answer(null);
    this.waiting.clear();
    this.reading = null;
  }

  private post(message: ToWorker, transfer: Transferable[] = []) {
    this.worker.postMessage(message, transfer);
  }

  private receive(message: FromWorker) {
    if (message.type === 'answer') {
      this.waiting.get(message.id)?.(message.value);
      this.waiting.delete(message.id);
      return;
    }
    if (message.type === 'replaced') {
      if (this.replacing?.generation === message.generation) this.replacing.done();
      return;
    }
    const reading = this.reading;
    if (!reading || reading.generation !== message.generation) return;
    if (message.type === 'failed') {
      reading.handlers.onFailed();
    } else if (message.type === 'loaded') {
      reading.key = dataKey(reading.query, message.version);
      reading.handlers.onLoaded({
        source: this.sourceFor(message.generation, reading.key),
        hidden: message.hidden,
        unplaced: message.unplaced,
        branches: message.branches,
        extent: message.extent,
      });
    } else {
      reading.parts.push(message.points);
      if (message.done) reading.handlers.onPoints(reading.parts.flat());
    }
  }

  private ask<T>(message: ToWorker & { id: number }): Promise<T | null> {
    return new Promise((resolve) => {
      this.waiting.set(message.id, resolve as (value: unknown) => void);
      this.post(message);
    });
  }

  private sourceFor(generation: number, key: string): ClusterSource {
    return {
      key,
      clusters: (bbox: Bbox, zoom: number) =>
        this.ask<ViewFeature[]>({ type: 'clusters', id: ++this.asked, generation, bbox, zoom }),
      expand: (clusterId: number) =>
        this.ask<{ zoom: number; leaves: MapPoint[] }>({
          type: 'expand',
          id: ++this.asked,
          generation,
          clusterId,
        }),
    };
  }
}
