import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';
import { type GeocoderKind, geocoderKinds } from '@/db/schema/vocabulary';
import { env } from '@/lib/env';

type Ctx = { orgId: string };

/** OpenStreetMap's standard tiles, with the attribution their licence asks for. */
export const defaultTiles = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

/** The organization's settings: the one place every feature reads them from. */
export async function getOrganizationSettings(db: Db, ctx: Ctx) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, ctx.orgId));
  if (!org) throw new Error('The organization of the session no longer exists.');
  const envTiles = env.tiles();
  const tileSource = org.tileUrl ? 'organization' : envTiles.url ? 'environment' : 'default';
  return {
    id: org.id,
    name: org.name,
    /** The library's time zone (lib/dates), and whether an admin chose it (else Settings asks). */
    timeZone: org.timeZone,
    timeZoneConfirmed: org.timeZoneConfirmed,
    mapCenter: { lat: org.mapCenterLat, lng: org.mapCenterLng },
    mapZoom: org.mapZoom,
    /**
     * The base map. `url` 'offline' means the built-in offline base map (no tile server at all);
     * the map also falls back to it when tiles cannot be loaded.
     */
    tiles: {
      url: org.tileUrl ?? envTiles.url ?? defaultTiles.url,
      attribution:
        (org.tileUrl
          ? org.tileAttribution
          : envTiles.url
            ? envTiles.attribution
            : defaultTiles.attribution) ?? '',
      source: tileSource as 'organization' | 'environment' | 'default',
      /** What the organization itself set, for the settings form. */
      organizationUrl: org.tileUrl,
      organizationAttribution: org.tileAttribution,
    },
    geocoder: ((geocoderKinds as readonly string[]).includes(org.geocoder)
      ? org.geocoder
      : 'nominatim') as GeocoderKind,
    /** Relationship health: days since the last contact before a partner counts as cold. */
    healthCadenceDays: org.healthCadenceDays,
    version: org.version,
  };
}

export type OrganizationSettings = Awaited<ReturnType<typeof getOrganizationSettings>>;
