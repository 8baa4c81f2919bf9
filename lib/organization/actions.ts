'use server';

import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { type Organization, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { lockOrganizationForEdit } from './lock';
import { databaseKnowsTimeZone, unknownToDatabaseMessage } from './time-zone';
import { organizationSettingsSchema } from './validation';

/** What the audit log keeps of the settings: what an admin can see and change. */
function snapshot(org: Organization) {
  return {
    name: org.name,
    timeZone: org.timeZone,
    timeZoneConfirmed: org.timeZoneConfirmed,
    mapCenterLat: org.mapCenterLat,
    mapCenterLng: org.mapCenterLng,
    mapZoom: org.mapZoom,
    tileUrl: org.tileUrl,
    tileAttribution: org.tileAttribution,
    geocoder: org.geocoder,
    healthCadenceDays: org.healthCadenceDays,
  };
}

/** Saves the caller's own organization's settings; there is no way to name another organization. */
export const updateOrganizationSettings = defineAction(
  {
    schema: organizationSettingsSchema,
    role: 'admin',
    // A new time zone changes the dates on most pages.
    revalidate: [
      '/settings/organization',
      '/',
      '/map',
      '/partners',
      '/dashboard',
      '/follow-ups',
      '/interviews',
    ],
    redirectTo: () => '/settings/organization?saved=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockOrganizationForEdit(tx, ctx, input);
      if (
        input.timeZone &&
        input.timeZone !== current.timeZone &&
        !(await databaseKnowsTimeZone(tx, input.timeZone))
      )
        throw new ActionError('Some fields need attention.', { timeZone: [unknownToDatabaseMessage] });
      // Fields the form left out keep their value (see validation.ts).
      const next: ReturnType<typeof snapshot> = {
        name: input.name,
        timeZone: input.timeZone ?? current.timeZone,
        // Saving the form with a zone in it is an admin choosing it (Settings stops asking).
        timeZoneConfirmed: input.timeZone !== undefined || current.timeZoneConfirmed,
        mapCenterLat: input.mapCenterLat,
        mapCenterLng: input.mapCenterLng,
        mapZoom: input.mapZoom,
        tileUrl: input.tiles ? input.tiles.url : current.tileUrl,
        tileAttribution: input.tiles ? input.tiles.attribution : current.tileAttribution,
        geocoder: input.geocoder ?? current.geocoder,
        healthCadenceDays: input.healthCadenceDays ?? current.healthCadenceDays,
      };
      const before = snapshot(current);
      if (JSON.stringify(before) === JSON.stringify(next)) return { id: current.id };
      const [updated] = await tx
        .update(organizations)
        .set({ ...next, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
        .where(eq(organizations.id, ctx.orgId))
        .returning();
      if (!updated) throw new Error('Update returned no row');
      await recordAudit(tx, ctx, {
        action: 'organization.update',
        entityType: 'organization',
        entityId: updated.id,
        before,
        after: snapshot(updated),
      });
      return { id: updated.id };
    });
  },
);
