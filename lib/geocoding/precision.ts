// Pure helpers for the address lookup in the browser: which location precision a picked point gets.
import type { LocationPrecision } from '@/db/schema/vocabulary';
import type { GeocodeCandidate } from './types';

export type { LocationPrecision };

export const precisionOptions: ReadonlyArray<{ value: LocationPrecision; label: string }> = [
  { value: 'exact', label: 'Exact: the pin marks the door' },
  { value: 'approximate', label: 'Approximate: drawn as an area around the point' },
  { value: 'hidden', label: 'Hidden: not shown on the map' },
];

const strictness: Record<LocationPrecision, number> = { exact: 0, approximate: 1, hidden: 2 };

/**
 * The precision after choosing a found place: an approximate answer makes the point approximate,
 * and a precision someone chose on purpose (a home kept approximate or hidden) is never loosened
 * by a lookup.
 */
export function precisionAfterPick(
  candidate: Pick<GeocodeCandidate, 'precision'>,
  chosen: LocationPrecision,
): LocationPrecision {
  return strictness[candidate.precision] > strictness[chosen] ? candidate.precision : chosen;
}

/** Coordinates as the form shows them: six decimals is about ten centimetres. */
export function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

// Online maps copy a point as "47.6062, -122.3321"; pasted into Latitude it fills both fields.
const pastedPair = /^\s*([-+−]?\d+\.\d+)\s*°?\s*,\s*([-+−]?\d+\.\d+)\s*°?\s*$/;

export function splitCoordinatePair(text: string): { latitude: string; longitude: string } | undefined {
  const match = pastedPair.exec(text);
  if (!match) return undefined;
  return { latitude: match[1]!.replace('−', '-'), longitude: match[2]!.replace('−', '-') };
}
