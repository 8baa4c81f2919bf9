import type { GeocoderKind } from '@/db/schema/vocabulary';

export type { GeocoderKind };

/** One place an address might be. Plain data: safe to send to the browser. */
export type GeocodeCandidate = {
  label: string;
  latitude: number;
  longitude: number;
  precision: 'exact' | 'approximate';
  provider: GeocoderKind;
};

/** Turns an address into candidate points. Every provider (network or offline) implements this. */
export interface Geocoder {
  kind: GeocoderKind;
  search(address: string, signal?: AbortSignal): Promise<GeocodeCandidate[]>;
}
