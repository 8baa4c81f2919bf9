'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { type Area, areaSets, areas } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { isUuid } from '@/lib/ids';
import { shapeFromFields, shapesFromFile } from './shape-input';
import {
  createAreaSchema,
  deleteAreaSchema,
  deleteAreaSetSchema,
  updateAreaSchema,
  uploadAreasSchema,
} from './validation';
import { addArea, areaSnapshot, branchIdOf, resolveSet, saveShapes } from './write';

const revalidate = ['/settings/areas', '/map', '/dashboard'];
const notFoundMessage = 'That area was not found. Someone may have removed it.';

function duplicateName(name: string) {
  return new ActionError('Another area of this set already has that name.', {
    name: [`There is already an area called “${name}” in this set. Each area of a set needs its own name.`],
  });
}

async function lockArea(tx: Db, orgId: string, id: string): Promise<Area> {
  if (!isUuid(id)) throw new ActionError(notFoundMessage);
  const [area] = await tx
    .select()
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, id)))
    .for('update');
  if (!area) throw new ActionError(notFoundMessage);
  return area;
}

export const uploadAreas = defineAction(
  { schema: uploadAreasSchema, role: 'admin', revalidate },
  async (input, ctx) => {
    const shapes = await shapesFromFile(input.file);
    const db = await getDb();
    try {
      const result = await db.transaction(async (tx) => {
        const set = await resolveSet(tx, ctx, input.setId, input.newSetName);
        return { setName: set.name, ...(await saveShapes(tx, ctx, set, shapes)) };
      });
      return result;
    } catch (error) {
      if (isUniqueViolation(error, 'area_sets_org_name_unique')) {
        throw new ActionError('There is already a set with that name.', {
          newSetName: ['There is already a set with that name: choose it above, or pick another name.'],
        });
      }
      throw error;
    }
  },
);

export const updateArea = defineAction(
  { schema: updateAreaSchema, role: 'admin', revalidate, redirectTo: () => '/settings/areas?saved=1' },
  async (input, ctx) => {
    // The new shape, if any, is read and checked before anything is locked or written.
    const replacement = await shapeFromFields(input, false);
    const db = await getDb();
    try {
      return await db.transaction(async (tx) => {
        const current = await lockArea(tx, ctx.orgId, input.id);
        await refuseIfStale(tx, ctx, current, input, { thing: 'this area', keptInput: true });
        const branchId = await branchIdOf(tx, ctx.orgId, input.branchId);
        const [updated] = await tx
          .update(areas)
          .set({
            name: input.name,
            branchId,
            ...(replacement
              ? { polygons: replacement.polygons, pointCount: replacement.pointCount, ...replacement.bounds }
              : {}),
            version: sql`${areas.version} + 1`,
            updatedAt: new Date(),
            updatedByUserId: ctx.userId,
          })
          .where(and(eq(areas.orgId, ctx.orgId), eq(areas.id, current.id), eq(areas.version, input.version)))
          .returning();
        if (!updated) throw new ActionError(notFoundMessage);
        await recordAudit(tx, ctx, {
          action: 'area.update',
          entityType: 'area',
          entityId: updated.id,
          before: areaSnapshot(current),
          after: areaSnapshot(updated),
        });
        return { id: updated.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'areas_set_name_unique')) throw duplicateName(input.name);
      if (isUniqueViolation(error, 'areas_set_branch_unique')) throw branchTaken();
      throw error;
    }
  },
);

function branchTaken() {
  return new ActionError('That branch already has a service area.', {
    branchId: ['That branch already has an area in this set: edit that one, or choose another branch.'],
  });
}

/** A new area drawn on the map or typed, into a set (made here when it is new). */
export const createArea = defineAction(
  { schema: createAreaSchema, role: 'admin', revalidate, redirectTo: () => '/settings/areas?saved=1' },
  async (input, ctx) => {
    const shape = await shapeFromFields(input, true);
    if (!shape) throw new Error('A required shape was not read');
    const db = await getDb();
    try {
      return await db.transaction(async (tx) => {
        const set = await resolveSet(tx, ctx, input.setId, input.newSetName);
        const branchId =
          set.kind === 'service_areas' ? await branchIdOf(tx, ctx.orgId, input.branchId) : null;
        const made = await addArea(tx, ctx, set, { name: input.name, branchId, shape });
        return { id: made.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'areas_set_name_unique')) throw duplicateName(input.name);
      if (isUniqueViolation(error, 'areas_set_branch_unique')) throw branchTaken();
      if (isUniqueViolation(error, 'area_sets_org_name_unique')) {
        throw new ActionError('There is already a set with that name.', {
          newSetName: ['There is already a set with that name: choose it above, or pick another name.'],
        });
      }
      throw error;
    }
  },
);

export const deleteArea = defineAction(
  { schema: deleteAreaSchema, role: 'admin', revalidate, redirectTo: () => '/settings/areas?removed=1' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockArea(tx, ctx.orgId, input.id);
      await refuseIfStale(tx, ctx, current, input, { thing: 'this area', keptInput: false });
      await tx.delete(areas).where(and(eq(areas.orgId, ctx.orgId), eq(areas.id, current.id)));
      await recordAudit(tx, ctx, {
        action: 'area.delete',
        entityType: 'area',
        entityId: current.id,
        before: areaSnapshot(current),
        after: null,
      });
      return { id: current.id };
    });
  },
);

export const deleteAreaSet = defineAction(
  { schema: deleteAreaSetSchema, role: 'admin', revalidate, redirectTo: () => '/settings/areas?removed=1' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [set] = isUuid(input.id)
        ? await tx
            .select()
            .from(areaSets)
            .where(and(eq(areaSets.orgId, ctx.orgId), eq(areaSets.id, input.id)))
            .for('update')
        : [];
      if (!set) throw new ActionError('That set of areas was not found.');
      if (set.version !== input.version) {
        throw new ActionError(
          'Someone changed this set while you were deciding, so it was not removed. Reload the page and try again.',
        );
      }
      const removed = await tx
        .delete(areas)
        .where(and(eq(areas.orgId, ctx.orgId), eq(areas.setId, set.id)))
        .returning({ id: areas.id });
      await tx.delete(areaSets).where(and(eq(areaSets.orgId, ctx.orgId), eq(areaSets.id, set.id)));
      await recordAudit(tx, ctx, {
        action: 'area_set.delete',
        entityType: 'area_set',
        entityId: set.id,
        before: { name: set.name, kind: set.kind, areas: removed.length },
        after: null,
      });
      return { id: set.id };
    });
  },
);
