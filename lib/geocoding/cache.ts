import 'server-only';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { geocodeCache } from '@/db/schema';
import { geocoderKinds } from '@/db/schema/vocabulary';
import type { GeocodeCandidate } from './types';

/**
 * How long a remembered answer is used, and kept: the typed address is the key, and it may be
 * someone's home. Long enough to spare the provider the same question while a person fixes a form
 * or imports a corrected file again; the daily retention pass deletes what is older (decision 0017).
 */
export const geocodeCacheDays = 30;

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

export async function readCache(db: Db, orgId: string, provider: string, query: string) {
  const [row] = await db
    .select({ results: geocodeCache.results })
    .from(geocodeCache)
    .where(
      and(
        eq(geocodeCache.orgId, orgId),
        eq(geocodeCache.provider, provider),
        eq(geocodeCache.query, query),
        gt(geocodeCache.createdAt, sql`now() - make_interval(days => ${geocodeCacheDays})`),
      ),
    );
  if (!row) return undefined;
  const parsed = cachedCandidates.safeParse(row.results);
  return parsed.success && parsed.data.length > 0 ? parsed.data : undefined;
}

export async function writeCache(
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

/** Forgets the organization's lookups older than the cache's lifetime; returns how many. */
export async function purgeGeocodeCache(tx: Db, orgId: string): Promise<number> {
  const removed = await tx
    .delete(geocodeCache)
    .where(
      and(
        eq(geocodeCache.orgId, orgId),
        lte(geocodeCache.createdAt, sql`now() - make_interval(days => ${geocodeCacheDays})`),
      ),
    )
    .returning({ id: geocodeCache.id });
  return removed.length;
}
