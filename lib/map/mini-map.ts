import 'server-only';
import type { Db } from '@/db/client';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { mapBranches } from './queries';

/** What a small map of a partner needs (on its page and in its form): the base map and branches. */
export async function miniMapData(db: Db, ctx: { orgId: string }) {
  const [settings, branches] = await Promise.all([getOrganizationSettings(db, ctx), mapBranches(db, ctx)]);
  return {
    tiles: { url: settings.tiles.url, attribution: settings.tiles.attribution },
    branches: branches.map(([, name, lat, lng]) => ({ name, lat, lng })),
  };
}

export type MiniMapData = Awaited<ReturnType<typeof miniMapData>>;
