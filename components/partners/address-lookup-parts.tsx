'use client';

import type { TileSetting } from '@/components/map/base-layer';
import { MiniMap, type NearbyBranch } from '@/components/map/mini-map';
import type { LocationPrecision } from '@/lib/geocoding/precision';
import type { GeocodeCandidate } from '@/lib/geocoding/types';

/** The places a lookup found, when it found more than one: the person says which they meant. */
export function CandidateChoices({
  name,
  candidates,
  picked,
  onChoose,
}: {
  name: string;
  candidates: GeocodeCandidate[];
  picked: number | null;
  onChoose: (index: number) => void;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-ink">Which place did you mean?</legend>
      {candidates.map((candidate, index) => (
        <label
          key={`${candidate.latitude},${candidate.longitude},${candidate.label}`}
          className="flex cursor-pointer gap-3 rounded-md border border-stone-300 bg-white p-3 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40"
        >
          <input
            type="radio"
            // Not a field of the surrounding form; the coordinates it fills in are.
            name={name}
            checked={picked === index}
            onChange={() => onChoose(index)}
            className="mt-1 size-4 accent-brand-700"
          />
          <span className="text-sm">
            <span className="block text-ink">{candidate.label}</span>
            {candidate.precision === 'approximate' ? (
              <span className="block text-muted">Approximate: near this place, not at its door.</span>
            ) : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function coordinate(text: string, limit: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** A small map of the point as typed or found, so the person sees where it lands before saving. */
export function PointPreview({
  latitude,
  longitude,
  precision,
  tiles,
  branches,
}: {
  latitude: string;
  longitude: string;
  precision: LocationPrecision;
  tiles: TileSetting;
  branches: NearbyBranch[];
}) {
  const lat = coordinate(latitude, 90);
  const lng = coordinate(longitude, 180);
  if (lat === null || lng === null) {
    return (
      <p className="rounded-md border border-dashed border-stone-300 px-3 py-4 text-sm text-muted">
        No point yet: find the address, or type the coordinates, and a small map shows where it lands.
      </p>
    );
  }
  const approximate = precision === 'approximate';
  return (
    <figure aria-labelledby="point-preview-caption" className="space-y-2">
      <MiniMap
        point={{ lat, lng, approximate }}
        // The form's stage and kind may still change: a plain grey dot marks the point.
        look={{ stage: 'identified', category: 'individual' }}
        tiles={tiles}
        branches={branches}
        className="h-48 sm:h-56"
      />
      <figcaption id="point-preview-caption" className="text-sm text-muted">
        The point at {lat}, {lng}
        {approximate
          ? ', drawn as an area about a kilometre across.'
          : precision === 'hidden'
            ? '. Only this form shows it: a hidden location is never drawn on the map.'
            : '.'}
      </figcaption>
    </figure>
  );
}
