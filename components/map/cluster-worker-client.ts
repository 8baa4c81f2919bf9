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

type Reading = {
  generation: number;
  query: string;
  key: string;
  handlers: Handlers;
  parts: MapPoint[][];
  /** Every point has arrived: only then may a moved pin replace one. */
  done: boolean;
};

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
  private readonly replacing = new Map<number, (ok: boolean) => void>();
  /** The worker could not start or run (its script failed to load): the page reads the data itself. */
  broken = false;

  constructor() {
    this.worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { name: 'map-clusters' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = () => {
      this.broken = true;
      this.reading?.handlers.onFailed();
    };
  }

  read(bytes: ArrayBuffer, query: string, handlers: Handlers) {
    if (this.broken) {
      queueMicrotask(() => handlers.onFailed());
      return;
    }
    const generation = ++this.generation;
    this.reading = { generation, query, key: '', handlers, parts: [], done: false };
    this.post({ type: 'load', generation, bytes }, [bytes]);
  }

  /**
   * A pin moved and its move was saved: the worker indexes the points again with it. Null when
   * that cannot be (the data is still arriving, or newer data came): the caller reads it again.
   */
  replace(point: MapPoint): Promise<ClusterSource | null> {
    const reading = this.reading;
    if (!reading?.done || this.broken) return Promise.resolve(null);
    const base = reading.generation;
    const generation = ++this.generation;
    return new Promise((resolve) => {
      this.replacing.set(generation, (ok) => {
        // Still the same data as when the move was made: its index, with the move, takes over.
        if (!ok || this.reading !== reading || reading.generation !== base) return resolve(null);
        reading.generation = generation;
        resolve(this.sourceFor(generation, `${reading.key}|moved:${generation}`));
      });
      this.post({ type: 'replace', base, generation, point });
    });
  }

  terminate() {
    this.worker.terminate();
    for (const answer of this.waiting.values()) answer(null);
    for (const done of this.replacing.values()) done(false);
    this.waiting.clear();
    this.replacing.clear();
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
      this.replacing.get(message.generation)?.(message.ok);
      this.replacing.delete(message.generation);
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
      if (!message.done) return;
      reading.done = true;
      reading.handlers.onPoints(reading.parts.flat());
      reading.parts = [];
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
