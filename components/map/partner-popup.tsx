'use client';

import Link from 'next/link';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatDay } from '@/lib/dates/format';
import type { MapPoint } from '@/lib/map/payload';
import type { MapPartnerSummary } from '@/lib/map/queries';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import { type HealthLevel, healthLabels } from '@/lib/relationships/health-levels';
import { PinGlyph } from './pin-glyph';

type Props = {
  point: MapPoint;
  focus: boolean;
  canMove: boolean;
  onMove: () => void;
  /** The popup must measure itself again once its content changed. */
  relayout: () => void;
};

/** The summary the map route sends: the partner's details and its relationship health. */
type Summary = MapPartnerSummary & { health?: { level: HealthLevel; days: number | null } };

function healthText(health: Summary['health']): string {
  if (!health) return '';
  if (health.days === null) return healthLabels.none;
  const ago = health.days === 0 ? 'today' : health.days === 1 ? '1 day ago' : `${health.days} days ago`;
  return `${healthLabels[health.level]}: last contact ${ago}`;
}

/** A partner's popup: what the map knows at once, then the summary fetched when it opens. */
export function PartnerPopup({ point, focus, canMove, onMove, relayout }: Props) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/map?summary=${encodeURIComponent(point.id)}`, { signal: controller.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((data: Summary) => setSummary(data))
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [point.id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again whenever the content grows
  useLayoutEffect(() => relayout(), [summary, failed]);

  useEffect(() => {
    if (focus) headingRef.current?.focus({ preventScroll: true });
  }, [focus]);

  const details: [string, string][] = summary
    ? [
        ['Health', healthText(summary.health)],
        ['Address', summary.address ?? (point.approximate ? 'Shown as an area only' : '')],
        ['Branch', summary.branchName ?? ''],
        ['Owner', summary.ownerName ?? ''],
        ['Next follow-up', formatDay(summary.nextFollowUpOn)],
      ]
    : [];

  return (
    <div className="space-y-2 text-ink">
      <h2 ref={headingRef} tabIndex={-1} className="pr-5 text-base leading-snug font-semibold">
        {point.name}
      </h2>
      <p className="flex items-center gap-2 text-sm">
        <PinGlyph stage={point.stage} category={point.category} hollow={point.approximate} size={18} />
        <span>
          {stageLabels[point.stage]} · {categoryLabels[point.category]}
        </span>
      </p>
      {point.approximate ? (
        <p className="text-sm text-muted">Approximate location: somewhere within about a kilometre.</p>
      ) : null}
      {summary ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          {details
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-muted">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          {summary.archived ? (
            <div className="contents">
              <dt className="text-muted">Status</dt>
              <dd>Archived</dd>
            </div>
          ) : null}
        </dl>
      ) : failed ? (
        <p className="text-sm text-red-800">The details could not be loaded.</p>
      ) : (
        <p className="text-sm text-muted" aria-busy="true">
          Loading details…
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Link
          href={`/partners/${point.id}`}
          aria-label={`Open partner page: ${point.name}`}
          className="font-medium"
        >
          Open partner page
        </Link>
        {canMove ? (
          <button
            type="button"
            onClick={onMove}
            className="rounded-md border border-line bg-white px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            Move pin
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Several partners at one spot, too close to split apart: choose one. */
export function StackPopup({
  points,
  focus,
  onChoose,
  relayout,
}: {
  points: MapPoint[];
  focus: boolean;
  onChoose: (point: MapPoint) => void;
  relayout: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when the content changes
  useLayoutEffect(() => relayout(), [points]);
  useEffect(() => {
    if (focus) headingRef.current?.focus({ preventScroll: true });
  }, [focus]);
  return (
    <div className="text-ink">
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        {points.length} partners at this spot
      </h2>
      <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto">
        {points.map((point) => (
          <li key={point.id}>
            <button
              type="button"
              onClick={() => onChoose(point)}
              className="flex w-full items-center gap-2 rounded px-1 py-1 text-left text-sm hover:bg-brand-50"
            >
              <PinGlyph stage={point.stage} category={point.category} hollow={point.approximate} size={16} />
              {point.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
