'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { dataKey, type Extent, extentOf, type FirstView } from '@/lib/map/clusters';
import { decodeMapPayload, type MapData, type MapPoint, readMapPayload } from '@/lib/map/payload';
import { type ClusterSource, firstViewSource, localClusterSource } from './cluster-source';
import { ClusterWorkerClient } from './cluster-worker-client';

type State = {
  /** Everything, points included: the list, the empty map's notice and a search's lone result. */
  data: MapData | null;
  /** Where the map's clusters come from now: the server's first view, then the full index. */
  source: ClusterSource | null;
  /** The box of every partner and branch, known before all the points are. */
  extent: Extent | null;
  loading: boolean;
  error: string | null;
};

const failed = 'The partners could not be loaded. Check the connection and reload the page.';
/** The longest the full data waits for the first view to be drawn (a slow phone's map chunk). */
const firstViewWait = 3000;

/** A promise and the call that settles it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Runs once the browser has painted the frame being prepared now. */
function afterPaint(run: () => void) {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** A worker for the page's index; null where the browser cannot start one (it is then read here). */
function startWorker(): ClusterWorkerClient | null {
  try {
    return typeof Worker === 'undefined' ? null : new ClusterWorkerClient();
  } catch {
    return null;
  }
}

/**
 * The map's data for a filter (its address-bar query), from /api/map; a newer filter wins. The
 * answer is handed as it came (gzipped) to a Web Worker that reads and clusters it
 * (./cluster-worker.ts): the page's main thread never reads 100,000 partners at once. Until that
 * index is ready, the server's first view (`firstView`, for the filter the page opened with) draws
 * the clusters of the view the page opens on (issue 21).
 */
export function useMapData(
  query: string,
  firstView?: Promise<FirstView | null> | null,
  options: { inWorker?: boolean } = {},
) {
  const inWorker = options.inWorker ?? true;
  const [state, setState] = useState<State>({
    data: null,
    source: null,
    extent: null,
    loading: true,
    error: null,
  });
  const workerRef = useRef<ClusterWorkerClient | null | undefined>(undefined);
  const queryRef = useRef(query);
  queryRef.current = query;
  /** The answer's lists other than the points, kept until the points have all arrived. */
  const loadedRest = useRef<Omit<MapData, 'points'> | null>(null);
  const moves = useRef(0);
  /** Raised to read the data again: a move saved before it had all arrived, a worker that died. */
  const [reading, readAgain] = useState(0);
  /** The filter the page opened with, the one the first view is for. */
  const opened = useRef(query);
  /** Opens once the first view is drawn, or known not to be: the full data waits for it. */
  const firstDrawn = useRef(gate());

  const worker = useCallback(() => {
    if (workerRef.current === undefined) workerRef.current = inWorker ? startWorker() : null;
    return workerRef.current;
  }, [inWorker]);
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = undefined;
    },
    [],
  );

  // The first view draws only while nothing better is there, and only for the filter it was made for.
  useEffect(() => {
    let live = true;
    const drawn = firstDrawn.current;
    if (!firstView) drawn.open();
    else {
      // What React hands over is a thenable, not always a full Promise: made one here.
      Promise.resolve(firstView).then(
        (first) => {
          if (!live || !first?.views.length || !first.key.startsWith(`${queryRef.current}|`)) {
            drawn.open();
            return;
          }
          // Asked by the map once it is there: answered (drawn) or not, the full data may follow.
          const source = firstViewSource(first, () => afterPaint(drawn.open));
          setState((s) => (s.source ? s : { ...s, source, extent: first.extent }));
        },
        () => drawn.open(),
      );
    }
    return () => {
      live = false;
    };
  }, [firstView]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reading` asks for the same filter to be read again.
  useEffect(() => {
    const controller = new AbortController();
    const live = () => !controller.signal.aborted;
    setState((s) => ({ ...s, loading: true, error: null }));
    // The filter the page opened with waits until its first view is drawn (issue 21); later ones, and
    // a page without a first view, start at once.
    const waitFor =
      query === opened.current
        ? Promise.race([firstDrawn.current.opened, new Promise((r) => setTimeout(r, firstViewWait))])
        : Promise.resolve();
    let client: ClusterWorkerClient | null = null;
    waitFor
      .then(() => {
        if (!live()) throw new Error('aborted');
        // Started with the request, so the worker's script loads while the data travels.
        client = worker();
        // No cache option: the response says no-store itself, and a request in the default mode can
        // use the preload the map page starts without a first view (app/(app)/map/page.tsx).
        return fetch(`/api/map${query ? `?${query}` : ''}`, { signal: controller.signal });
      })
      .then(async (response) => {
        if (response.status === 401) throw new Error('Your session has ended. Sign in again to see the map.');
        if (!response.ok) throw new Error('The partners could not be loaded. Reload the page to try again.');
        if (!client) {
          const payload = await readMapPayload(response);
          const data = decodeMapPayload(payload);
          const source = localClusterSource(data.points, dataKey(query, payload.version));
          const extent = extentOf(data.points, data.branches);
          if (live()) setState({ data, source, extent, loading: false, error: null });
          return;
        }
        const bytes = await response.arrayBuffer();
        if (!live()) return;
        client.read(bytes, query, {
          onLoaded: (loaded) => {
            if (!live()) return;
            const { hidden, unplaced, branches } = loaded;
            setState((s) => ({ ...s, source: loaded.source, extent: loaded.extent }));
            // The list waits for every point, which follow in parts.
            loadedRest.current = { hidden, unplaced, branches };
          },
          onPoints: (points) => {
            const rest = loadedRest.current;
            if (!live() || !rest) return;
            setState((s) => ({ ...s, data: { points, ...rest }, loading: false, error: null }));
          },
          onFailed: () => {
            if (!live()) return;
            if (client?.broken) {
              // The worker's script did not load or run: the page reads the data itself.
              client.terminate();
              workerRef.current = null;
              readAgain((n) => n + 1);
            } else setState((s) => ({ ...s, loading: false, error: failed }));
          },
        });
      })
      .catch((error: unknown) => {
        if (!live()) return;
        const message =
          error instanceof Error && error.message.startsWith('Your session') ? error.message : failed;
        setState((s) => ({ ...s, loading: false, error: message }));
      });
    return () => controller.abort();
  }, [query, worker, reading]);

  /** A partner moved (its pin was dragged and the move saved). */
  const replacePoint = useCallback((next: MapPoint) => {
    setState((s) =>
      s.data
        ? { ...s, data: { ...s.data, points: s.data.points.map((p) => (p.id === next.id ? next : p)) } }
        : s,
    );
    const client = workerRef.current;
    if (client) {
      void client.replace(next).then((source) => {
        // The data was still arriving, or newer data came: read it again, the move included.
        if (source) setState((s) => ({ ...s, source }));
        else readAgain((n) => n + 1);
      });
    } else {
      setState((s) =>
        s.data
          ? { ...s, source: localClusterSource(s.data.points, `${s.source?.key}|moved:${++moves.current}`) }
          : s,
      );
      // Saved before the data had arrived (the first view showed the pin): read it again.
      if (!stateRef.current.data) readAgain((n) => n + 1);
    }
  }, []);

  const stateRef = useRef(state);
  stateRef.current = state;

  return { ...state, replacePoint };
}
