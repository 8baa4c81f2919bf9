import 'server-only';
import type { Db } from '@/db/client';
import type { ImportJob } from '@/db/schema';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import type { Geocoder } from '@/lib/geocoding/types';
import type { RowStep } from './plan';

export type Located = {
  latitude: number | null;
  longitude: number | null;
  locationPrecision: string;
  failed: string | null;
};

/**
 * Looks up the addresses of a batch's new partners that came without a point, one at a time with
 * the organization's geocoder (which keeps to its provider's rate). Hidden places are never looked up.
 */
export async function locateNewPartners(
  db: Db,
  job: ImportJob,
  steps: RowStep[],
  options: { geocoder?: Geocoder; keepAlive: () => Promise<void> },
): Promise<Map<number, Located>> {
  const found = new Map<number, Located>();
  let lastRenewal = Date.now();
  for (const step of steps) {
    // Merges never move a partner already there; only new partners are looked up.
    if (step.kind !== 'create') continue;
    const p = step.partner;
    if (p.latitude !== null || !p.address || p.locationPrecision === 'hidden') continue;
    const outcome = await geocodeAddress(db, { orgId: job.orgId }, p.address, { geocoder: options.geocoder });
    if ('error' in outcome) {
      found.set(step.row.index, {
        latitude: null,
        longitude: null,
        locationPrecision: p.locationPrecision,
        failed: outcome.error,
      });
    } else if (outcome.candidates.length === 0) {
      found.set(step.row.index, {
        latitude: null,
        longitude: null,
        locationPrecision: p.locationPrecision,
        failed: 'The address was not found.',
      });
    } else {
      const best = outcome.candidates[0]!;
      found.set(step.row.index, {
        latitude: best.latitude,
        longitude: best.longitude,
        // Only near the place (a street or a town): shown as an area, never as an exact pin.
        locationPrecision:
          best.precision === 'approximate' && p.locationPrecision === 'exact'
            ? 'approximate'
            : p.locationPrecision,
        failed: null,
      });
    }
    if (Date.now() - lastRenewal > 20_000) {
      await options.keepAlive();
      lastRenewal = Date.now();
    }
  }
  return found;
}
