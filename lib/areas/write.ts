import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Area, type AreaSet, areaSets, areas, branches } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { areaLimits } from './limits';
import { serviceAreasName } from './queries';
import type { AreaShape } from './shapes';

// The writing half of the areas capability, shared by the server actions and the demo seed.

type Actor = { orgId: string; userId: string | null };

/** What the audit log keeps of an area: its name, branch and size; the shape itself is too large. */
export function areaSnapshot(area: Area) {
  return {
    name: area.name,
    setId: area.setId,
    branchId: area.branchId,
    pointCount: area.pointCount,
    bounds: [area.minLatitude, area.minLongitude, area.maxLatitude, area.maxLongitude],
  };
}

/** The set an upload goes to: an existing one, the service areas (made on first use), or a new one. */
export async function resolveSet(tx: Db, actor: Actor, setId: string, newSetName: string): Promise<AreaSet> {
  if (setId === 'new' || setId === 'service') {
    const kind = setId === 'service' ? 'service_areas' : 'custom';
    const name = setId === 'service' ? serviceAreasName : newSetName;
    const [existing] = await tx
      .select()
      .from(areaSets)
      .where(
        and(
          eq(areaSets.orgId, actor.orgId),
          kind === 'service_areas' ? eq(areaSets.kind, kind) : sql`lower(${areaSets.name}) = lower(${name})`,
        ),
      );
    if (existing) {
      if (kind === 'custom')
        throw new ActionError('There is already a set with that name.', {
          newSetName: [
            `There is already a set called “${existing.name}”: choose it above, or pick another name.`,
          ],
        });
      return existing;
    }
    const [made] = await tx.insert(areaSets).values({ orgId: actor.orgId, name, kind }).returning();
    if (!made) throw new Error('Insert returned no row');
    await recordAudit(tx, actor, {
      action: 'area_set.create',
      entityType: 'area_set',
      entityId: made.id,
      after: { name: made.name, kind: made.kind },
    });
    return made;
  }
  const [set] = isUuid(setId)
    ? await tx
        .select()
        .from(areaSets)
        .where(and(eq(areaSets.orgId, actor.orgId), eq(areaSets.id, setId)))
        .for('update')
    : [];
  if (!set)
    throw new ActionError('That set of areas was not found.', { setId: ['Choose a set from the list.'] });
  return set;
}

const shapeColumns = (shape: AreaShape) => ({
  polygons: shape.polygons,
  pointCount: shape.pointCount,
  ...shape.bounds,
});

/**
 * Saves the shapes into the set: an area with the same name (in any case) gets the new shape, the
 * others are added. In the service-areas set a new area named like a branch belongs to that branch.
 */
export async function saveShapes(tx: Db, actor: Actor, set: AreaSet, shapes: AreaShape[]) {
  const existing = await tx
    .select()
    .from(areas)
    .where(and(eq(areas.orgId, actor.orgId), eq(areas.setId, set.id)))
    .for('update');
  const byName = new Map(existing.map((area) => [area.name.toLowerCase(), area]));
  const branchByName = new Map<string, string>();
  if (set.kind === 'service_areas') {
    const taken = new Set(existing.map((area) => area.branchId).filter(Boolean));
    const rows = await tx
      .select({ id: branches.id, name: branches.name })
      .from(branches)
      .where(eq(branches.orgId, actor.orgId));
    for (const row of rows) if (!taken.has(row.id)) branchByName.set(row.name.toLowerCase(), row.id);
  }
  let added = 0;
  let replaced = 0;
  for (const shape of shapes) {
    const current = byName.get(shape.name.toLowerCase());
    if (current) {
      const [updated] = await tx
        .update(areas)
        .set({
          ...shapeColumns(shape),
          version: sql`${areas.version} + 1`,
          updatedAt: new Date(),
          updatedByUserId: actor.userId,
        })
        .where(and(eq(areas.orgId, actor.orgId), eq(areas.id, current.id)))
        .returning();
      if (!updated) throw new Error('Update returned no row');
      await recordAudit(tx, actor, {
        action: 'area.update',
        entityType: 'area',
        entityId: updated.id,
        before: areaSnapshot(current),
        after: areaSnapshot(updated),
      });
      replaced += 1;
      continue;
    }
    if (existing.length + added >= areaLimits.areasPerSet) {
      throw new ActionError(`A set holds at most ${areaLimits.areasPerSet} areas.`, {
        file: [`A set holds at most ${areaLimits.areasPerSet} areas: make a new set for these.`],
      });
    }
    const branchId = branchByName.get(shape.name.toLowerCase()) ?? null;
    if (branchId) branchByName.delete(shape.name.toLowerCase());
    const [made] = await tx
      .insert(areas)
      .values({
        orgId: actor.orgId,
        setId: set.id,
        name: shape.name,
        branchId,
        updatedByUserId: actor.userId,
        ...shapeColumns(shape),
      })
      .returning();
    if (!made) throw new Error('Insert returned no row');
    await recordAudit(tx, actor, {
      action: 'area.create',
      entityType: 'area',
      entityId: made.id,
      after: areaSnapshot(made),
    });
    added += 1;
  }
  return { added, replaced, simplified: shapes.filter((s) => s.simplified).length };
}

/** The caller's branch a service area is given, or null for none; another organization's is refused. */
export async function branchIdOf(tx: Db, orgId: string, branchId: string): Promise<string | null> {
  if (!branchId) return null;
  const [branch] = isUuid(branchId)
    ? await tx
        .select({ id: branches.id })
        .from(branches)
        .where(and(eq(branches.orgId, orgId), eq(branches.id, branchId)))
    : [];
  if (!branch) {
    throw new ActionError('Some fields need attention.', { branchId: ['Choose a branch from the list.'] });
  }
  return branch.id;
}

/** Adds one drawn or typed area to a set (a name already there is refused by the unique index). */
export async function addArea(
  tx: Db,
  actor: Actor,
  set: AreaSet,
  values: { name: string; branchId: string | null; shape: AreaShape },
) {
  const [{ held, sameName } = { held: 0, sameName: null }] = await tx
    .select({
      held: sql<number>`count(*)::int`,
      sameName: sql<
        string | null
      >`max(${areas.name}) filter (where lower(${areas.name}) = lower(${values.name}))`,
    })
    .from(areas)
    .where(and(eq(areas.orgId, actor.orgId), eq(areas.setId, set.id)));
  // Uploads give a name the set has (in any case) a new shape; a drawn area of that name is a mistake.
  if (sameName) {
    throw new ActionError('Another area of this set already has that name.', {
      name: [
        `There is already an area called “${sameName}” in this set. Each area of a set needs its own name.`,
      ],
    });
  }
  if (held >= areaLimits.areasPerSet) {
    throw new ActionError(`A set holds at most ${areaLimits.areasPerSet} areas.`, {
      setId: [`${set.name} already holds ${areaLimits.areasPerSet} areas: make a new set for this one.`],
    });
  }
  const [made] = await tx
    .insert(areas)
    .values({
      orgId: actor.orgId,
      setId: set.id,
      name: values.name,
      branchId: set.kind === 'service_areas' ? values.branchId : null,
      updatedByUserId: actor.userId,
      ...shapeColumns(values.shape),
    })
    .returning();
  if (!made) throw new Error('Insert returned no row');
  await recordAudit(tx, actor, {
    action: 'area.create',
    entityType: 'area',
    entityId: made.id,
    after: areaSnapshot(made),
  });
  return made;
}
