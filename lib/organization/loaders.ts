import 'server-only';
import { getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { getConsortiumSharing } from '@/lib/consortium/sharing';
import { env } from '@/lib/env';
import { getRetentionOverview } from '@/lib/retention/queries';
import { getOrganizationSettings } from './queries';

// What the organization's settings page and the map's base map read, for the caller: each loader
// opens the database itself and reads the caller's own organization only.

type Caller = { orgId: string };

/** The host of the deployment's own tile server (TILE_URL), to name it beside "the default". */
function deploymentTilesHost(): string | undefined {
  const url = env.tiles().url;
  if (!url) return undefined;
  if (url === 'offline') return 'the offline map';
  try {
    return new URL(url.replace(/\{-?[a-z]+\}/gi, '0')).host;
  } catch {
    return url;
  }
}

/** The public server asks for one lookup a second; a library's own copy does not. */
function isPublicNominatim(): boolean {
  try {
    return new URL(env.nominatimUrl()).host === 'nominatim.openstreetmap.org';
  } catch {
    return false;
  }
}

/**
 * Settings → Organization: the settings, what data retention has to say, and what the deployment
 * itself provides (its tile server, whether addresses go to the public Nominatim).
 */
export const loadOrganizationSettingsPage = scopedLoader(async function loadOrganizationSettingsPage(
  ctx: Caller,
) {
  const db = await getDb();
  const [settings, retention, consortium] = await Promise.all([
    getOrganizationSettings(db, ctx),
    getRetentionOverview(db, ctx),
    getConsortiumSharing(db, ctx),
  ]);
  return {
    settings,
    retention,
    consortium,
    deploymentTiles: deploymentTilesHost(),
    publicNominatim: isPublicNominatim(),
  };
});

/** Where the caller's organization's map opens. */
export const loadMapCenter = scopedLoader(async function loadMapCenter(
  ctx: Caller,
): Promise<{ lat: number; lng: number }> {
  return (await getOrganizationSettings(await getDb(), ctx)).mapCenter;
});
