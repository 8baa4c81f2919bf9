import { z } from 'zod';
import { env } from '@/lib/env';
import { GeocodeError } from './errors';
import { getJson } from './http';
import type { GeocodeCandidate, Geocoder } from './types';

// The US Census Bureau's geocoder: US street addresses only (house number and street), matched
// against address ranges of the current TIGER benchmark.
// https://geocoding.geo.census.gov/geocoder/Geocoding_Services_API.html
const response = z.object({
  result: z.object({
    addressMatches: z.array(
      z.object({
        matchedAddress: z.string(),
        coordinates: z.object({ x: z.number(), y: z.number() }),
      }),
    ),
  }),
});

export function parseCensus(body: unknown): GeocodeCandidate[] {
  const parsed = response.safeParse(body);
  if (!parsed.success) throw new GeocodeError('bad_response', 'Census: unexpected shape');
  return parsed.data.result.addressMatches
    .filter((m) => Math.abs(m.coordinates.y) <= 90 && Math.abs(m.coordinates.x) <= 180)
    .slice(0, 5)
    .map((m) => ({
      label: m.matchedAddress,
      // x is the longitude, y the latitude.
      latitude: m.coordinates.y,
      longitude: m.coordinates.x,
      precision: 'exact',
      provider: 'census',
    }));
}

export type CensusOptions = { baseUrl?: string; timeoutMs?: number };

export function createCensusGeocoder(options: CensusOptions = {}): Geocoder {
  return {
    kind: 'census',
    async search(address, signal) {
      const base = options.baseUrl ?? env.censusGeocoderUrl();
      const url = new URL('geocoder/locations/onelineaddress', base.endsWith('/') ? base : `${base}/`);
      url.search = new URLSearchParams({
        address,
        benchmark: 'Public_AR_Current',
        format: 'json',
      }).toString();
      return parseCensus(await getJson(url, { timeoutMs: options.timeoutMs, signal }));
    },
  };
}
