import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';

type Ctx = { orgId: string };

/** The organization's settings: the one place every feature reads them from. */
export async function getOrganizationSettings(db: Db, ctx: Ctx) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, ctx.orgId));
  if (!org) throw new Error('The organization of the session no longer exists.');
  return {
    id: org.id,
    name: org.name,
    mapCenter: { lat: org.mapCenterLat, lng: org.mapCenterLng },
    mapZoom: org.mapZoom,
    version: org.version,
  };
}

export type OrganizationSettings = Awaited<ReturnType<typeof getOrganizationSettings>>;
