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
 * A new organization, as first-run setup and the host console both make one (decision 0023): the
 * same defaults, `organization.create` in its own log. Call it inside the caller's transaction;
 * `actorUserId` is who did it. Its first admin is added by the caller (below), or invited (0024).
 */
export async function insertOrganization(
  tx: Db,
  system: NewLibrarySystem,
  actorUserId: string,
): Promise<Organization> {
  const [org] = await tx
    .insert(organizations)
    .values({
      name: system.name,
      ...(system.timeZone ? { timeZone: system.timeZone, timeZoneConfirmed: true } : {}),
      ...(system.mapCenter ? { mapCenterLat: system.mapCenter.lat, mapCenterLng: system.mapCenter.lng } : {}),
    })
    .returning();
  if (!org) throw new Error('Insert returned no row');
  await recordAudit(
    tx,
    { orgId: org.id, userId: actorUserId },
    { action: 'organization.create', entityType: 'organization', entityId: org.id, after: org },
  );
  return org;
}

/**
 * A new organization with its first admin: the organization as above, then the admin's membership
 * with `member.create` in the new organization's own log. `actorUserId` is who did it (the new
 * admin at setup, the host admin on the console).
 */
export async function insertOrganizationWithAdmin(
  tx: Db,
  system: NewLibrarySystem,
  admin: { userId: string; name: string; email: string },
  actorUserId: string,
): Promise<{ org: Organization; membershipId: string }> {
  const org = await insertOrganization(tx, system, actorUserId);
  const [membership] = await tx
    .insert(memberships)
    .values({ orgId: org.id, userId: admin.userId, role: 'admin' })
    .returning();
  if (!membership) throw new Error('Insert returned no row');
  await recordAudit(
    tx,
    { orgId: org.id, userId: actorUserId },
    {
      action: 'member.create',
      entityType: 'member',
      entityId: membership.id,
      after: { name: admin.name, email: admin.email, role: membership.role },
    },
  );
  return { org, membershipId: membership.id };
}
