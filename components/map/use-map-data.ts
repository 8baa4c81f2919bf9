'use client';

import { useCallback, useEffect, useState } from 'react';
import { decodeMapPayload, type MapData, type MapPoint, readMapPayload } from '@/lib/map/payload';

type State = { data: MapData | null; loading: boolean; error: string | null };

/** The map's data for a filter (its address-bar query), from /api/map; a newer filter wins. */
export function useMapData(query: string) {
  const [state, setState] = useState<State>({ data: null, loading: true, error: null });

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    // No cache option: the response says no-store itself, and a request in the default mode can use
    // the preload the map page starts (app/(app)/map/page.tsx).
    fetch(`/api/map${query ? `?${query}` : ''}`, { signal: controller.signal })
      .then(async (response) => {
        if (response.status === 401) throw new Error('Your session has ended. Sign in again to see the map.');
        if (!response.ok) throw new Error('The partners could not be loaded. Reload the page to try again.');
        const payload = await readMapPayload(response);
        setState({ data: decodeMapPayload(payload), loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof Error && error.message.startsWith('Your session')
            ? error.message
            : 'The partners could not be loaded. Check the connection and reload the page.';
        setState((s) => ({ ...s, loading: false, error: message }));
      });
    return () => controller.abort();
  }, [query]);

  /** A partner moved (its pin was dragged and the move saved). */
  const replacePoint = useCallback((next: MapPoint) => {
    setState((s) =>
      s.data
        ? { ...s, data: { ...s.data, points: s.data.points.map((p) => (p.id === next.id ? next : p)) } }
        : s,
    );
  }, []);

  return { ...state, replacePoint };
}
