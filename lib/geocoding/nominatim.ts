import { z } from 'zod';
import { env } from '@/lib/env';
import { GeocodeError } from './errors';
import { getJson } from './http';
import { createPacer, type Pacer } from './pacer';
import type { GeocodeCandidate, Geocoder } from './types';

// The public Nominatim allows at most one request a second from an application, and asks for an
// identifying User-Agent and for answers to be cached (we cache them in the database).
// https://operations.osmfoundation.org/policies/nominatim/
export const nominatimIntervalMs = 1_000;

// One queue for the whole process: every organization on this server shares the public service.
// Kept on globalThis so that a hot reload in development does not start a second queue.
const holder = globalThis as { __partnerAtlasNominatimPacer?: Pacer };
function sharedPacer(): Pacer {
  holder.__partnerAtlasNominatimPacer ??= createPacer({ intervalMs: nominatimIntervalMs, maxWaitMs: 15_000 });
  return holder.__partnerAtlasNominatimPacer;
}

/** What we send as User-Agent, naming the app and whoever runs this server. */
export function nominatimUserAgent(): string {
  return `PartnerAtlas/1.0 (community partner map for libraries; ${env.geocoderContact()})`;
}

// format=jsonv2: an array of places, coordinates as decimal strings.
// https://nominatim.org/release-docs/latest/api/Output/
const coordinate = z
  .union([z.string(), z.number()])
  .transform(Number)
  .refine((n) => Number.isFinite(n));
const place = z.object({
  lat: coordinate,
  lon: coordinate,
  display_name: z.string(),
  category: z.string().optional(),
  type: z.string().optional(),
  addresstype: z.string().optional(),
  place_rank: z.number().optional(),
  importance: z.number().optional(),
});

// Rank 30 is a single house, building or point of interest; anything coarser (a street, a
// postcode, a town) is only near the place. https://nominatim.org/release-docs/latest/customize/Ranking/
const buildingLevel = new Set(['house', 'building', 'house_number', 'amenity', 'shop', 'office']);

function isExact(p: z.infer<typeof place>): boolean {
  if (p.place_rank !== undefined) return p.place_rank >= 30;
  return (
    buildingLevel.has(p.addresstype ?? '') || p.category === 'building' || buildingLevel.has(p.type ?? '')
  );
}

export function parseNominatim(body: unknown): GeocodeCandidate[] {
  if (!Array.isArray(body)) throw new GeocodeError('bad_response', 'Nominatim: not an array');
  return body.flatMap((raw) => {
    const parsed = place.safeParse(raw);
    if (!parsed.success) return [];
    const p = parsed.data;
    if (Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) return [];
    return [
      {
        label: p.display_name,
        latitude: p.lat,
        longitude: p.lon,
        precision: isExact(p) ? 'exact' : 'approximate',
        provider: 'nominatim',
      } satisfies GeocodeCandidate,
    ];
  });
}

export type NominatimOptions = {
  /** Defaults to NOMINATIM_URL (read at each lookup), else the public server. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Defaults to the process-wide one-a-second queue. */
  pacer?: Pacer;
};

/** Any Nominatim-compatible server: the public one, or a library's own. */
export function createNominatimGeocoder(options: NominatimOptions = {}): Geocoder {
  return {
    kind: 'nominatim',
    async search(address, signal) {
      const url = new URL('search', withSlash(options.baseUrl ?? env.nominatimUrl()));
      url.search = new URLSearchParams({
        format: 'jsonv2',
        limit: '5',
        addressdetails: '0',
        q: address,
      }).toString();
      const pacer = options.pacer ?? sharedPacer();
      const body = await pacer.run(
        () =>
          getJson(url, {
            headers: { 'User-Agent': nominatimUserAgent() },
            timeoutMs: options.timeoutMs,
            signal,
          }),
        signal,
      );
      return parseNominatim(body);
    },
  };
}

/** 'https://host/nominatim' + 'search' must give '/nominatim/search', not '/search'. */
function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
