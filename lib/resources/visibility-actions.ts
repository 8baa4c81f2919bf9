'use server';

import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { learnMoreDismissals, resourceHides, resources } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { learnMorePanels } from './panels';
import { hideResourceSchema, learnMorePanelSchema } from './validation';

// What an organization or a person chooses not to see: built-in resources hidden for the whole
// organization (admins and managers), and Learn more panels closed by one person (anyone).

const notBuiltinMessage = 'That built-in resource was not found.';

/** A built-in resource, by id. Organizations' own resources are removed, not hidden. */
async function builtinTitle(tx: Db, id: string) {
  if (!isUuid(id)) throw new ActionError(notBuiltinMessage);
  const [row] = await tx
    .select({ id: resources.id, title: resources.title, builtinKey: resources.builtinKey })
    .from(resources)
    .where(and(eq(resources.id, id), isNull(resources.orgId), isNotNull(resources.builtinKey)));
  if (!row) throw new ActionError(notBuiltinMessage);
  return row;
}

export const hideResource = defineAction(
  {
    schema: hideResourceSchema,
    role: 'manager',
    revalidate: ['/resources', '/map', '/partners'],
    redirectTo: () => '/resources?saved=hidden',
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const resource = await builtinTitle(tx, input.id);
      const [hidden] = await tx
        .insert(resourceHides)
        .values({ orgId: ctx.orgId, resourceId: resource.id, hiddenByUserId: ctx.userId })
        .onConflictDoNothing()
        .returning({ resourceId: resourceHides.resourceId });
      if (!hidden) throw new ActionError(`“${resource.title}” is already hidden.`);
      await recordAudit(tx, ctx, {
        action: 'resource.hide',
        entityType: 'resource',
        entityId: resource.id,
        after: { name: resource.title, builtinKey: resource.builtinKey },
      });
      return { id: resource.id, title: resource.title };
    });
  },
);

export const unhideResource = defineAction(
  {
    schema: hideResourceSchema,
    role: 'manager',
    revalidate: ['/resources', '/map', '/partners'],
    redirectTo: () => '/resources?saved=shown',
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const resource = await builtinTitle(tx, input.id);
      const [shown] = await tx
        .delete(resourceHides)
        .where(and(eq(resourceHides.orgId, ctx.orgId), eq(resourceHides.resourceId, resource.id)))
        .returning({ resourceId: resourceHides.resourceId });
      if (!shown) throw new ActionError(`“${resource.title}” is not hidden.`);
      await recordAudit(tx, ctx, {
        action: 'resource.unhide',
        entityType: 'resource',
        entityId: resource.id,
        after: { name: resource.title, builtinKey: resource.builtinKey },
      });
      return { id: resource.id, title: resource.title };
    });
  },
);

/** Closes a Learn more panel for the caller alone, wherever it appears. */
export const dismissLearnMore = defineAction(
  { schema: learnMorePanelSchema, role: 'viewer' },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [closed] = await tx
        .insert(learnMoreDismissals)
        .values({ membershipId: ctx.membershipId, panel: input.panel })
        .onConflictDoNothing()
        .returning({ panel: learnMoreDismissals.panel });
      if (closed) {
        await recordAudit(tx, ctx, {
          action: 'learn_more.dismiss',
          entityType: 'member',
          entityId: ctx.membershipId,
          after: { panel: input.panel, place: learnMorePanels[input.panel].place },
        });
      }
      return { panel: input.panel, place: learnMorePanels[input.panel].place };
    });
  },
);

/** Brings back every Learn more panel the caller closed. */
export const restoreLearnMore = defineAction(
  {
    schema: z.object({}),
    role: 'viewer',
    revalidate: ['/resources'],
    redirectTo: () => '/resources?saved=panels',
  },
  async (_input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const reopened = await tx
        .delete(learnMoreDismissals)
        .where(eq(learnMoreDismissals.membershipId, ctx.membershipId))
        .returning({ panel: learnMoreDismissals.panel });
      if (reopened.length === 0) throw new ActionError('No Learn more suggestions were hidden.');
      await recordAudit(tx, ctx, {
        action: 'learn_more.restore',
        entityType: 'member',
        entityId: ctx.membershipId,
        before: { panels: reopened.map((row) => row.panel).sort() },
      });
      return { count: reopened.length };
    });
  },
);
