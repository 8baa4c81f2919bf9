'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { MapData } from '@/lib/map/payload';
import type { MapApi } from './map-types';

/**
 * A filter the person changed that leaves one partner on the map (a search for its name, most
 * often) brings the map to that partner, clear of what lies over the map's edges. Only then: a view opened
 * from a link stays as the link says. The move is the person's, so it goes into the address once
 * the map settles, like any other (./map-explorer.tsx). Returns the call for "the filter changed".
 */
export function useSeekLoneResult({
  data,
  loading,
  api,
}: {
  data: MapData | null;
  loading: boolean;
  api: React.RefObject<MapApi | null>;
}): () => void {
  // The data shown when the filter changed: the answer to the new filter is the next data after it.
  const seeking = useRef<{ before: MapData | null } | null>(null);
  const latest = useRef(data);
  latest.current = data;
  useEffect(() => {
    const request = seeking.current;
    if (!request || !data || loading || data === request.before) return;
    seeking.current = null;
    const [only] = data.points;
    if (data.points.length !== 1 || !only) return;
    api.current?.bringIntoView(only);
  }, [data, loading, api]);
  return useCallback(() => {
    seeking.current = { before: latest.current };
  }, []);
}
