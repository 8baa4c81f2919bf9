'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { type Resource, resources, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { isUuid } from '@/lib/ids';
import { changedMeanwhileMessage } from '@/lib/partners/conflict';
import {
  createResourceSchema,
  type ResourceInput,
  removeResourceSchema,
  updateResourceSchema,
} from './validation';

// An organization's own resources: admins and managers add, edit and remove them. The built-in
// catalogue is never edited here (it has no orgId, so none of these find it); it can only be hidden
// (./visibility-actions.ts).

const notFoundMessage =
  'That resource was not found. It may have been removed, or it is a built-in one, which can be hidden but not edited.';
const revalidate = ['/resources', '/map', '/partners'];

function columnsFrom(input: ResourceInput) {
  return {
    title: input.title,
    url: input.url || null,
    creator: input.creator,
    year: input.year,
    kind: input.kind,
    summary: input.summary,
    topics: input.topics,
    // An organization's own resource keeps the moment it was filed under (or none: its topics decide).
    useWhen: input.moment ?? '',
  };
}

/** What the audit log keeps of a resource. */
function snapshot(
  resource: Pick<Resource, 'title' | 'url' | 'creator' | 'year' | 'kind' | 'summary' | 'topics' | 'useWhen'>,
) {
  return {
    name: resource.title,
    url: resource.url ?? '',
    creator: resource.creator,
    year: resource.year,
    kind: resource.kind,
    summary: resource.summary,
    topics: resource.topics,
    moment: resource.useWhen,
  };
}

/** The organization's own resource, locked until the transaction ends. */
async function lockOwnResource(tx: Db, ctx: AuthContext, id: string) {
  if (!isUuid(id)) throw new ActionError(notFoundMessage);
  const [resource] = await tx
    .select()
    .from(resources)
    .where(and(eq(resources.orgId, ctx.orgId), eq(resources.id, id)))
    .for('update');
  if (!resource) throw new ActionError(notFoundMessage);
  return resource;
}

/** Refuses a change that began before someone else's save, naming them and the time. */
async function refuseIfStale(
  tx: Db,
  ctx: AuthContext,
  resource: Resource,
  input: { version: number },
  keptInput: boolean,
) {
  if (resource.version === input.version) return;
  const [editor] = resource.updatedByUserId
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, resource.updatedByUserId))
    : [];
  throw new ActionError(
    changedMeanwhileMessage({
      who: editor?.name ?? null,
      isSelf: resource.updatedByUserId === ctx.userId,
      at: resource.updatedAt,
      timeZone: ctx.timeZone,
      thing: 'this resource',
      keptInput,
    }),
  );
}

export const createResource = defineAction(
  {
    schema: createResourceSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string }) => `/resources?saved=added#resource-${data.id}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [resource] = await tx
        .insert(resources)
        .values({
          ...columnsFrom(input),
          orgId: ctx.orgId,
          createdByUserId: ctx.userId,
          updatedByUserId: ctx.userId,
        })
        .returning();
      if (!resource) throw new Error('Insert returned no row');
      await recordAudit(tx, ctx, {
        action: 'resource.create',
        entityType: 'resource',
        entityId: resource.id,
        after: snapshot(resource),
      });
      return { id: resource.id };
    });
  },
);

export const updateResource = defineAction(
  {
    schema: updateResourceSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string; changed: boolean }) =>
      `/resources?saved=${data.changed ? 'updated' : 'unchanged'}#resource-${data.id}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockOwnResource(tx, ctx, input.id);
      await refuseIfStale(tx, ctx, current, input, true);
      const next = columnsFrom(input);
      const before = snapshot(current);
      // Saving an unchanged form writes nothing, so the audit log only holds real changes.
      if (JSON.stringify(before) === JSON.stringify(snapshot({ ...current, ...next }))) {
        return { id: current.id, changed: false };
      }
      const [updated] = await tx
        .update(resources)
        .set({
          ...next,
          version: sql`${resources.version} + 1`,
          updatedAt: new Date(),
          updatedByUserId: ctx.userId,
        })
        .where(
          and(
            eq(resources.orgId, ctx.orgId),
            eq(resources.id, current.id),
            eq(resources.version, input.version),
          ),
        )
        .returning();
      if (!updated) throw new Error('The locked resource did not update');
      await recordAudit(tx, ctx, {
        action: 'resource.update',
        entityType: 'resource',
        entityId: updated.id,
        before,
        after: snapshot(updated),
      });
      return { id: updated.id, changed: true };
    });
  },
);

export const removeResource = defineAction(
  { schema: removeResourceSchema, role: 'manager', revalidate, redirectTo: () => '/resources?saved=removed' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockOwnResource(tx, ctx, input.id);
      await refuseIfStale(tx, ctx, current, input, false);
      await tx.delete(resources).where(and(eq(resources.orgId, ctx.orgId), eq(resources.id, current.id)));
      await recordAudit(tx, ctx, {
        action: 'resource.delete',
        entityType: 'resource',
        entityId: current.id,
        before: snapshot(current),
      });
      return { id: current.id, title: current.title };
    });
  },
);
