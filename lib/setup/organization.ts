import 'server-only';
import type { Db } from '@/db/client';
import { memberships, type Organization, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';

export type NewLibrarySystem = {
  name: string;
  /** A zone chosen by a person is confirmed; without one the organization starts at UTC, unconfirmed. */
  timeZone?: string;
  mapCenter?: { lat: number; lng: number };
};

/**
 * A new organization with its first admin, as first-run setup and the host console both make one
 * (decision 0023): the same defaults, the same audit entries in the new organization's own log. Call
 * it inside the caller's transaction; `actorUserId` is who did it (the new admin at setup, the host
 * admin on the console).
 */
export async function insertOrganizationWithAdmin(
  tx: Db,
  system: NewLibrarySystem,
  admin: { userId: string; name: string; email: string },
  actorUserId: string,
): Promise<{ org: Organization; membershipId: string }> {
  const [org] = await tx
    .insert(organizations)
    .values({
      name: system.name,
      ...(system.timeZone ? { timeZone: system.timeZone, timeZoneConfirmed: true } : {}),
      ...(system.mapCenter ? { mapCenterLat: system.mapCenter.lat, mapCenterLng: system.mapCenter.lng } : {}),
    })
    .returning();
  if (!org) throw new Error('Insert returned no row');
  const [membership] = await tx
    .insert(memberships)
    .values({ orgId: org.id, userId: admin.userId, role: 'admin' })
    .returning();
  if (!membership) throw new Error('Insert returned no row');
  const actor = { orgId: org.id, userId: actorUserId };
  await recordAudit(tx, actor, {
    action: 'organization.create',
    entityType: 'organization',
    entityId: org.id,
    after: org,
  });
  await recordAudit(tx, actor, {
    action: 'member.create',
    entityType: 'member',
    entityId: membership.id,
    after: { name: admin.name, email: admin.email, role: membership.role },
  });
  return { org, membershipId: membership.id };
}
