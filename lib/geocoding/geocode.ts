import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { geocodeCache } from '@/db/schema';
import { geocoderKinds } from '@/db/schema/vocabulary';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { GeocodeError } from './errors';
import { geocoderFor } from './providers';
import type { GeocodeCandidate, Geocoder } from './types';

export { geocoderFor };

export type GeocodeOutcome = { candidates: GeocodeCandidate[] } | { error: string };

/** How long a remembered answer is trusted: streets change, slowly. */
const cacheDays = 90;

const unexpectedMessage = 'The address lookup failed on our side; type the coordinates instead.';

/** The cache key: the same address typed with other spacing or capitals is the same question. */
export function normaliseQuery(address: string): string {
  return address.trim().replace(/\s+/g, ' ').toLowerCase();
}

// The cache is a jsonb column: check what comes back rather than trusting it.
const cachedCandidates = z.array(
  z.object({
    label: z.string(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    precision: z.enum(['exact', 'approximate']),
    provider: z.enum(geocoderKinds),
  }),
);

async function readCache(db: Db, orgId: string, provider: string, query: string) {
  const [row] = await db
    .select({ results: geocodeCache.results })
    .from(geocodeCache)
    .where(
      and(
        eq(geocodeCache.orgId, orgId),
        eq(geocodeCache.provider, provider),
        eq(geocodeCache.query, query),
        gt(geocodeCache.createdAt, sql`now() - make_interval(days => ${cacheDays})`),
      ),
    );
  if (!row) return undefined;
  const parsed = cachedCandidates.safeParse(row.results);
  return parsed.success && parsed.data.length > 0 ? parsed.data : undefined;
}

async function writeCache(
  db: Db,
  orgId: string,
  provider: string,
  query: string,
  results: GeocodeCandidate[],
) {
  await db
    .insert(geocodeCache)
    .values({ orgId, provider, query, results })
    .onConflictDoUpdate({
      target: [geocodeCache.orgId, geocodeCache.provider, geocodeCache.query],
      set: { results, createdAt: sql`now()` },
    });
}

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
