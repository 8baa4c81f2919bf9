import 'server-only';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { normaliseQuery, readCache, writeCache } from './cache';
import { GeocodeError } from './errors';
import { geocoderFor } from './providers';
import type { GeocodeCandidate, Geocoder } from './types';

export { geocoderFor, normaliseQuery };

const unexpectedMessage = 'The address lookup failed on our side; type the coordinates instead.';

export type GeocodeOutcome = { candidates: GeocodeCandidate[] } | { error: string };

/**
 * Looks an address up with the organization's chosen geocoder. Answers are remembered per
 * organization (an address may be someone's home, so one library never sees another's lookups)
 * and per provider. Only answers that found something are remembered: a miss may be a typo the
 * user fixes next, and remembering it would save nothing. The offline provider is not cached at
 * all: it costs nothing to ask again, and keeping fewer typed addresses is kinder.
 */
export async function geocodeAddress(
  db: Db,
  ctx: { orgId: string },
  address: string,
  options: { signal?: AbortSignal; geocoder?: Geocoder } = {},
): Promise<GeocodeOutcome> {
  const query = normaliseQuery(address);
  if (query === '') return { candidates: [] };
  const settings = await getOrganizationSettings(db, ctx);
  const geocoder = options.geocoder ?? geocoderFor(settings.geocoder);
  const useCache = geocoder.kind !== 'offline';

  if (useCache) {
    const cached = await readCache(db, ctx.orgId, geocoder.kind, query);
    if (cached) return { candidates: cached };
  }

  let candidates: GeocodeCandidate[];
  try {
    // The provider gets the address as typed (tidied), not lower-cased: some read capitals.
    candidates = await geocoder.search(address.trim().replace(/\s+/g, ' '), options.signal);
  } catch (error) {
    if (error instanceof GeocodeError) {
      logError(`geocoding (${geocoder.kind}: ${error.reason})`, error.detail ?? error);
      return { error: error.message };
    }
    logError(`geocoding (${geocoder.kind})`, error);
    return { error: unexpectedMessage };
  }

  if (useCache && candidates.length > 0) {
    // A lookup that worked is still worth showing when it cannot be remembered.
    await writeCache(db, ctx.orgId, geocoder.kind, query, candidates).catch((error) =>
      logError('geocoding cache', error),
    );
  }
  return { candidates };
}
