'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { type Branch, branches, memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction, staleMessage } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { createBranchSchema, deleteBranchSchema, updateBranchSchema } from './validation';

const notFoundMessage = 'That branch was not found.';
const revalidate = ['/settings/branches', '/'];

/** What the audit log keeps of a branch: what an admin can see and change. */
function snapshot(branch: Branch) {
  return {
    name: branch.name,
    address: branch.address,
    latitude: branch.latitude,
    longitude: branch.longitude,
  };
}

function duplicateName(name: string) {
  return new ActionError('Another branch already has that name.', {
    name: [`There is already a branch called “${name}”. Branch names must be different.`],
  });
}

/** The branch, locked until the transaction ends, or a refusal the admin can read. */
async function lockBranch(tx: Db, orgId: string, id: string): Promise<Branch> {
  if (!isUuid(id)) throw new ActionError(notFoundMessage);
  const [branch] = await tx
    .select()
    .from(branches)
    .where(and(eq(branches.orgId, orgId), eq(branches.id, id)))
    .for('update');
  if (!branch) throw new ActionError(notFoundMessage);
  return branch;
}

export const createBranch = defineAction(
  {
    schema: createBranchSchema,
    role: 'admin',
    revalidate,
    redirectTo: () => '/settings/branches?saved=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    try {
      return await db.transaction(async (tx) => {
        const [branch] = await tx
          .insert(branches)
          .values({
            orgId: ctx.orgId,
            name: input.name,
            address: input.address,
            latitude: input.latitude,
            longitude: input.longitude,
          })
          .returning();
        if (!branch) throw new Error('Insert returned no row');
        await recordAudit(tx, ctx, {
          action: 'branch.create',
          entityType: 'branch',
          entityId: branch.id,
          after: snapshot(branch),
        });
        return { id: branch.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'branches_org_name_unique')) throw duplicateName(input.name);
      throw error;
    }
  },
);

export const updateBranch = defineAction(
  {
    schema: updateBranchSchema,
    role: 'admin',
    revalidate,
    redirectTo: () => '/settings/branches?saved=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    try {
      return await db.transaction(async (tx) => {
        const current = await lockBranch(tx, ctx.orgId, input.id);
        if (current.version !== input.version) throw new ActionError(staleMessage);
        const next = {
          name: input.name,
          address: input.address,
          latitude: input.latitude,
          longitude: input.longitude,
        };
        const before = snapshot(current);
        // Saving an unchanged form writes nothing, so the log only holds real changes.
        if (JSON.stringify(before) === JSON.stringify(next)) return { id: current.id };
        const [updated] = await tx
          .update(branches)
          .set({ ...next, version: sql`${branches.version} + 1`, updatedAt: new Date() })
          .where(
            and(
              eq(branches.orgId, ctx.orgId),
              eq(branches.id, current.id),
              eq(branches.version, input.version),
            ),
          )
          .returning();
        if (!updated) throw new ActionError(staleMessage);
        await recordAudit(tx, ctx, {
          action: 'branch.update',
          entityType: 'branch',
          entityId: updated.id,
          before,
          after: snapshot(updated),
        });
        return { id: updated.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'branches_org_name_unique')) throw duplicateName(input.name);
      throw error;
    }
  },
);

export const deleteBranch = defineAction(
  {
    schema: deleteBranchSchema,
    role: 'admin',
    revalidate,
    redirectTo: () => '/settings/branches?removed=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockBranch(tx, ctx.orgId, input.id);
      if (current.version !== input.version) {
        throw new ActionError(
          'Someone else changed this branch while you were deciding, so it was not removed. Reload the page, check it, and remove it again if you still want to.',
        );
      }
      // The foreign key would clear these too; doing it here also moves each membership's version
      // on, so an edit of one of these members that began before the removal is refused as stale
      // instead of failing on a branch that no longer exists.
      const cleared = await tx
        .update(memberships)
        .set({ homeBranchId: null, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
        .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.homeBranchId, current.id)))
        .returning({ id: memberships.id });
      await tx.delete(branches).where(and(eq(branches.orgId, ctx.orgId), eq(branches.id, current.id)));
      await recordAudit(tx, ctx, {
        action: 'branch.delete',
        entityType: 'branch',
        entityId: current.id,
        before: { ...snapshot(current), homeBranchMembers: cleared.length },
        after: null,
      });
      return { id: current.id };
    });
  },
);
