'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { MapListed, MapPoint } from '@/lib/map/payload';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import { PinGlyph } from './pin-glyph';

/** A long list is shown a page at a time: the count still says how many are in view. */
const pageSize = 100;

type Props = {
  /** "12 partners in view", announced as it changes. */
  status: string;
  /** The partners in the current view and filter, sorted by name. */
  visible: MapPoint[];
  hidden: MapListed[];
  unplaced: MapListed[];
  loading: boolean;
  error: string | null;
  onChoose: (point: MapPoint) => void;
};

/**
 * The list beside the map: exactly the partners the map shows in its current view, by name. Each
 * entry moves the map to its partner and opens the popup, so the map can be used by keyboard and
 * screen reader alone.
 */
export function PartnerList({ status, visible, hidden, unplaced, loading, error, onChoose }: Props) {
  const [shown, setShown] = useState({ visible, limit: pageSize });
  // A new view or filter starts again at the top: reset while rendering, not in an effect that
  // would render the list a second time.
  if (shown.visible !== visible) setShown({ visible, limit: pageSize });
  const limit = shown.visible === visible ? shown.limit : pageSize;
  const setLimit = (next: number) => setShown({ visible, limit: next });

  return (
    <section aria-labelledby="map-list-heading" className="flex h-full flex-col">
      <div className="border-b border-line px-4 py-3">
        <h2 id="map-list-heading" className="text-base font-semibold">
          Partners in view
        </h2>
        <p role="status" aria-live="polite" className="text-sm text-muted">
          {status}
        </p>
        {error ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto" aria-busy={loading || undefined}>
        {!loading && !error && visible.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted">
            No partners in this part of the map. Zoom out or move the map.
          </p>
        ) : null}
        <ul aria-labelledby="map-list-heading" className="divide-y divide-line">
          {visible.slice(0, limit).map((point) => (
            <li key={point.id}>
              <button
                type="button"
                data-partner-id={point.id}
                onClick={() => onChoose(point)}
                className="flex w-full items-start gap-3 px-4 py-2 text-left hover:bg-brand-50 focus-visible:bg-brand-50"
              >
                <span className="mt-0.5">
                  <PinGlyph stage={point.stage} category={point.category} hollow={point.approximate} />
                </span>
                <span className="min-w-0">
                  <span className="block font-medium break-words">{point.name}</span>
                  <span className="block text-xs text-muted">
                    {stageLabels[point.stage]} · {categoryLabels[point.category]}
                    {point.approximate ? ' · approximate location' : ''}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        {visible.length > limit ? (
          <div className="px-4 py-3">
            <button
              type="button"
              onClick={() => setLimit(limit + pageSize)}
              className="text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              Show {Math.min(pageSize, visible.length - limit)} more of{' '}
              {visible.length.toLocaleString('en-US')}
            </button>
          </div>
        ) : null}
        <OffMapGroup
          id="map-hidden-heading"
          title="Location hidden"
          note="Never shown on the map."
          partners={hidden}
        />
        <OffMapGroup
          id="map-unplaced-heading"
          title="No location yet"
          note="Add an address or a point on the partner’s page."
          partners={unplaced}
        />
      </div>
    </section>
  );
}

function OffMapGroup({
  id,
  title,
  note,
  partners,
}: {
  id: string;
  title: string;
  note: string;
  partners: MapListed[];
}) {
  if (!partners.length) return null;
  return (
    <section aria-labelledby={id} className="border-t border-line bg-paper/60 px-4 py-3">
      <h3 id={id} className="text-sm font-semibold">
        {title} ({partners.length.toLocaleString('en-US')})
      </h3>
      <p className="text-xs text-muted">{note}</p>
      <ul className="mt-2 space-y-1.5">
        {partners.slice(0, 200).map((partner) => (
          <li key={partner.id} className="flex items-start gap-2 text-sm">
            <span className="mt-0.5">
              <PinGlyph stage={partner.stage} category={partner.category} hollow size={16} />
            </span>
            <span>
              {/* Not prefetched: as the map loads, its requests come first (decision 0012). */}
              <Link href={`/partners/${partner.id}`} prefetch={false}>
                {partner.name}
              </Link>
              <span className="block text-xs text-muted">
                {stageLabels[partner.stage]} · {categoryLabels[partner.category]}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {partners.length > 200 ? (
        <p className="mt-2 text-xs text-muted">
          And {(partners.length - 200).toLocaleString('en-US')} more:{' '}
          <Link href="/partners" prefetch={false}>
            see the partner list
          </Link>
          .
        </p>
      ) : null}
    </section>
  );
}
