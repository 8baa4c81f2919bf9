'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import type { MapShading } from '@/lib/areas/map';
import { type Shading, shadedView } from '@/lib/areas/shading';

/**
 * The map's shading: what the controls show now, and what the page was drawn with. The areas are
 * counted on the server, so a new shading is the page again (the map and its filters stay as they
 * are); `pending` until it arrives.
 */
export function useAreaShading({
  asked,
  areas,
  queryFor,
}: {
  /** The shading the page was drawn with. */
  asked: Shading;
  areas: MapShading;
  /** The address (without the "?") for a new shading, keeping the filter and view. */
  queryFor: (next: Shading) => string;
}) {
  const router = useRouter();
  const [shading, setShading] = useState(asked);
  const [pending, startTransition] = useTransition();
  const change = (next: Shading) => {
    setShading(next);
    const query = queryFor(next);
    startTransition(() => router.replace(query ? `?${query}` : window.location.pathname, { scroll: false }));
  };
  const shaded = useMemo(() => shadedView(asked, areas), [asked, areas]);
  return { shading, change, pending, shaded };
}
