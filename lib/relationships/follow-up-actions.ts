'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { type FollowUp, followUps, partners } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { addDays, laterDay, today as todayIn } from '@/lib/dates';
import { isUuid } from '@/lib/ids';
import { canActOnFollowUp } from './access';
import { checkMembers, lockPartner } from './guards';
import { addFollowUp, refreshNextFollowUp } from './record';
import {
  createFollowUpSchema,
  followUpStatusSchema,
  reassignFollowUpSchema,
  snoozeFollowUpSchema,
} from './validation';

const revalidate = ['/follow-ups', '/partners', '/map', '/'];
const followUpNotFound = 'That follow-up was not found. Someone may have removed it: reload the page.';
const assigneeMessage = 'Choose an active member of your library’s staff (not a viewer).';

/** The follow-up, locked, after checking the caller may act on it. */
async function lockFollowUp(tx: Db, ctx: AuthContext, id: string) {
  if (!isUuid(id)) throw new ActionError(followUpNotFound);
  const [row] = await tx
    .select({ followUp: followUps, partnerOwnerMembershipId: partners.ownerMembershipId })
    .from(followUps)
    .leftJoin(partners, and(eq(partners.id, followUps.partnerId), eq(partners.orgId, followUps.orgId)))
    .where(and(eq(followUps.orgId, ctx.orgId), eq(followUps.id, id)))
    .for('update', { of: followUps });
  if (!row) throw new ActionError(followUpNotFound);
  const who = {
    assigneeMembershipId: row.followUp.assigneeMembershipId,
    partnerOwnerMembershipId: row.partnerOwnerMembershipId,
  };
  if (!canActOnFollowUp(ctx, who)) {
    throw new ActionError(
      'Only the person it is assigned to, the partner’s liaison, managers and admins can change this follow-up.',
    );
  }
  return row.followUp;
}

async function save(tx: Db, ctx: AuthContext, current: FollowUp, changes: Partial<FollowUp>, action: string) {
  const [updated] = await tx
    .update(followUps)
    .set({
      ...changes,
      version: sql`${followUps.version} + 1`,
      updatedAt: new Date(),
      updatedByUserId: ctx.userId,
    })
    .where(and(eq(followUps.orgId, ctx.orgId), eq(followUps.id, current.id)))
    .returning();
  if (!updated) throw new Error('The locked follow-up did not update');
  if (updated.partnerId) await refreshNextFollowUp(tx, ctx.orgId, updated.partnerId);
  const fields = ['status', 'dueOn', 'originalDueOn', 'assigneeMembershipId', 'doneAt'] as const;
  const pick = (f: FollowUp) => ({
    description: f.description,
    partnerId: f.partnerId,
    ...Object.fromEntries(fields.map((key) => [key, f[key]])),
  });
  await recordAudit(tx, ctx, {
    action,
    entityType: 'follow_up',
    entityId: current.id,
    before: pick(current),
    after: pick(updated),
  });
  return updated;
}

/** Adds a follow-up about a partner, from its page. */
export const createFollowUp = defineAction(
  { schema: createFollowUpSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const partner = await lockPartner(tx, ctx, input.partnerId);
      await checkMembers(tx, ctx, [input.assigneeMembershipId], {
        field: 'assigneeMembershipId',
        message: assigneeMessage,
        workersOnly: true,
      });
      const followUp = await addFollowUp(tx, ctx, {
        partnerId: partner.id,
        description: input.description,
        assigneeMembershipId: input.assigneeMembershipId,
        dueOn: input.dueOn,
      });
      return { id: followUp.id, description: followUp.description };
    });
  },
);

export const completeFollowUp = defineAction(
  { schema: followUpStatusSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockFollowUp(tx, ctx, input.followUpId);
      if (current.status === 'done') throw new ActionError('This follow-up is already done.');
      await refuseIfStale(tx, ctx, current, input, { thing: 'this follow-up', keptInput: false });
      const updated = await save(
        tx,
        ctx,
        current,
        { status: 'done', doneAt: new Date(), doneByUserId: ctx.userId },
        'follow_up.complete',
      );
      return { id: updated.id, description: updated.description };
    });
  },
);

export const reopenFollowUp = defineAction(
  { schema: followUpStatusSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockFollowUp(tx, ctx, input.followUpId);
      if (current.status === 'open') throw new ActionError('This follow-up is already open.');
      await refuseIfStale(tx, ctx, current, input, { thing: 'this follow-up', keptInput: false });
      const updated = await save(
        tx,
        ctx,
        current,
        { status: 'open', doneAt: null, doneByUserId: null },
        'follow_up.reopen',
      );
      return { id: updated.id, description: updated.description };
    });
  },
);

/** Moves the due date on; the first due date stays in originalDueOn. */
export const snoozeFollowUp = defineAction(
  { schema: snoozeFollowUpSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockFollowUp(tx, ctx, input.followUpId);
      if (current.status === 'done') throw new ActionError('This follow-up is done: reopen it first.');
      await refuseIfStale(tx, ctx, current, input, { thing: 'this follow-up', keptInput: false });
      const today = todayIn(ctx.timeZone);
      const until = input.how === 'week' ? addDays(laterDay(current.dueOn, today), 7) : input.until!;
      if (until < today) {
        throw new ActionError('Some fields need attention.', { until: ['Choose today or a later day.'] });
      }
      if (until === current.dueOn) {
        throw new ActionError('Some fields need attention.', { until: ['It is already due that day.'] });
      }
      const updated = await save(
        tx,
        ctx,
        current,
        { dueOn: until, originalDueOn: current.originalDueOn ?? current.dueOn },
        'follow_up.snooze',
      );
      return { id: updated.id, description: updated.description, dueOn: updated.dueOn };
    });
  },
);

export const reassignFollowUp = defineAction(
  { schema: reassignFollowUpSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockFollowUp(tx, ctx, input.followUpId);
      await refuseIfStale(tx, ctx, current, input, { thing: 'this follow-up', keptInput: true });
      const [assignee] = await checkMembers(tx, ctx, [input.assigneeMembershipId], {
        field: 'assigneeMembershipId',
        message: assigneeMessage,
        workersOnly: true,
      });
      if (input.assigneeMembershipId === current.assigneeMembershipId) {
        throw new ActionError('Some fields need attention.', {
          assigneeMembershipId: ['It is already theirs. Choose someone else.'],
        });
      }
      const updated = await save(
        tx,
        ctx,
        current,
        { assigneeMembershipId: input.assigneeMembershipId },
        'follow_up.reassign',
      );
      return { id: updated.id, description: updated.description, assigneeName: assignee?.name ?? '' };
    });
  },
);
