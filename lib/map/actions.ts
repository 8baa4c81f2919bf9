'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { partners, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { roundExact } from './payload';
import { movePartnerSchema } from './validation';

const notFoundMessage = 'That partner was not found. It may have been removed; reload the map.';

/**
 * Moves a partner's pin (staff and up), after the person confirmed where. Only an exact point can
 * be dragged: an approximate or hidden location is set on the partner's page, never by dropping a
 * precise pin. Refused when the partner changed since the map loaded.
 */
export const movePartner = defineAction(
  { schema: movePartnerSchema, role: 'staff', revalidate: ['/map', '/partners'] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [current] = await tx
        .select({
          id: partners.id,
          name: partners.name,
          latitude: partners.latitude,
          longitude: partners.longitude,
          precision: partners.locationPrecision,
          version: partners.version,
          updatedByName: users.name,
        })
        .from(partners)
        .leftJoin(users, eq(users.id, partners.updatedByUserId))
        .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, input.id)))
        .for('update', { of: partners });
      if (!current) throw new ActionError(notFoundMessage);
      if (current.precision !== 'exact') {
        throw new ActionError(
          current.precision === 'hidden'
            ? 'This partner’s location is hidden, so it has no pin to move.'
            : 'This partner is shown only as an area. Change its location on the partner’s page.',
        );
      }
      if (current.version !== input.version) {
        const who = current.updatedByName ?? 'Someone else';
        throw new ActionError(
          `${who} changed ${current.name} after the map loaded, so the pin was not moved. Reload the map to see the change, then move it again if it is still needed.`,
        );
      }
      const latitude = roundExact(input.latitude);
      const longitude = roundExact(input.longitude);
      const [updated] = await tx
        .update(partners)
        .set({
          latitude,
          longitude,
          version: sql`${partners.version} + 1`,
          updatedAt: new Date(),
          updatedByUserId: ctx.userId,
        })
        .where(
          and(
            eq(partners.orgId, ctx.orgId),
            eq(partners.id, current.id),
            eq(partners.version, input.version),
          ),
        )
        .returning({ id: partners.id, version: partners.version });
      if (!updated) throw new ActionError(notFoundMessage);
      await recordAudit(tx, ctx, {
        action: 'partner.move',
        entityType: 'partner',
        entityId: current.id,
        before: { latitude: current.latitude, longitude: current.longitude },
        after: { latitude, longitude },
      });
      return { id: updated.id, version: updated.version, latitude, longitude };
    });
  },
);
