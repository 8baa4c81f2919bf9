'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { branches, memberships, type Partner, partners, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction, type FieldErrors } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { isUuid } from '@/lib/ids';
import { contactFromReferral, linkReferralToPartner } from '@/lib/interviews/referrals';
import { recordInitialStage, recordStageChange } from '@/lib/relationships/record';
import { insertContact } from './contact-records';
import { lockPartner } from './lock';
import { type Names, partnerColumnsFrom, partnerSnapshot } from './snapshot';
import {
  createPartnerSchema,
  type PartnerInput,
  partnerStatusSchema,
  updatePartnerSchema,
} from './validation';

const revalidate = ['/partners', '/map', '/'];

/**
 * The branch and owner the form chose, which must be the caller's organization's own: a branch of
 * it, and an active member of it. An owner who has since been deactivated may stay owner of a
 * partner they already own, so that editing something else does not force a new one.
 */
async function checkReferences(
  tx: Db,
  ctx: AuthContext,
  input: Pick<PartnerInput, 'primaryBranchId' | 'ownerMembershipId'>,
  currentOwnerId: string | null,
): Promise<Names> {
  const errors: FieldErrors = {};
  let primaryBranchName: string | null = null;
  let ownerName: string | null = null;
  if (input.primaryBranchId) {
    const [branch] = isUuid(input.primaryBranchId)
      ? await tx
          .select({ name: branches.name })
          .from(branches)
          .where(and(eq(branches.id, input.primaryBranchId), eq(branches.orgId, ctx.orgId)))
          // Held until the transaction ends, so the branch cannot be removed between check and write.
          .for('share')
      : [];
    if (branch) primaryBranchName = branch.name;
    else errors.primaryBranchId = ['Choose one of your library’s branches, or none.'];
  }
  if (input.ownerMembershipId) {
    const [owner] = isUuid(input.ownerMembershipId)
      ? await tx
          .select({ name: users.name, active: memberships.active, role: memberships.role })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.id, input.ownerMembershipId), eq(memberships.orgId, ctx.orgId)))
          .for('share', { of: memberships })
      : [];
    // Viewers only read, so they cannot look after a relationship (one who owns it already may stay).
    const kept = input.ownerMembershipId === currentOwnerId;
    if (owner && ((owner.active && owner.role !== 'viewer') || kept)) ownerName = owner.name;
    else
      errors.ownerMembershipId = [
        'Choose an active member of your library’s staff (not a viewer, who only reads), or no one.',
      ];
  }
  if (Object.keys(errors).length) throw new ActionError('Some fields need attention.', errors);
  return { primaryBranchName, ownerName };
}

async function namesOf(tx: Db, ctx: AuthContext, partner: Partner): Promise<Names> {
  const [branch] = partner.primaryBranchId
    ? await tx
        .select({ name: branches.name })
        .from(branches)
        .where(and(eq(branches.id, partner.primaryBranchId), eq(branches.orgId, ctx.orgId)))
    : [];
  const [owner] = partner.ownerMembershipId
    ? await tx
        .select({ name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.id, partner.ownerMembershipId), eq(memberships.orgId, ctx.orgId)))
    : [];
  return { primaryBranchName: branch?.name ?? null, ownerName: owner?.name ?? null };
}

export const createPartner = defineAction(
  {
    schema: createPartnerSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/${data.id}?saved=added`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const names = await checkReferences(tx, ctx, input, null);
      const [partner] = await tx
        .insert(partners)
        .values({
          ...partnerColumnsFrom(input),
          orgId: ctx.orgId,
          createdByUserId: ctx.userId,
          updatedByUserId: ctx.userId,
        })
        .returning();
      if (!partner) throw new Error('Insert returned no row');
      await recordInitialStage(tx, ctx, partner);
      await recordAudit(tx, ctx, {
        action: 'partner.create',
        entityType: 'partner',
        entityId: partner.id,
        after: partnerSnapshot(partner, names),
      });
      if (input.referralId) {
        const link = await linkReferralToPartner(tx, ctx, input.referralId, partner.id);
        await recordAudit(tx, ctx, {
          action: 'referral.partner',
          entityType: 'referral',
          entityId: link.before.id,
          before: { status: link.before.status, partnerId: null },
          after: { status: 'became_partner', partnerId: partner.id },
        });
        // The person referred, and how to reach them, become a private contact: never public fields.
        const person = contactFromReferral(link.before);
        if (person) await insertContact(tx, ctx, partner, person);
      }
      return { id: partner.id };
    });
  },
);

export const updatePartner = defineAction(
  {
    schema: updatePartnerSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string; changed: boolean }) =>
      `/partners/${data.id}?saved=${data.changed ? 'updated' : 'unchanged'}`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockPartner(tx, ctx, input.id);
      await refuseIfStale(tx, ctx, current, input, { thing: 'this partner', keptInput: true });
      const names = await checkReferences(tx, ctx, input, current.ownerMembershipId);
      const next = partnerColumnsFrom(input);
      const before = partnerSnapshot(current, await namesOf(tx, ctx, current));
      const after = partnerSnapshot({ ...current, ...next }, names);
      // Saving an unchanged form writes nothing, so the history only holds real changes.
      if (JSON.stringify(before) === JSON.stringify(after)) return { id: current.id, changed: false };
      const [updated] = await tx
        .update(partners)
        .set({
          ...next,
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
        .returning();
      if (!updated) throw new Error('The locked partner did not update');
      // A stage chosen in the form joins the same history as a move from the stage control.
      if (updated.stage !== current.stage) {
        await recordStageChange(tx, ctx, {
          partnerId: updated.id,
          fromStage: current.stage,
          toStage: updated.stage,
          note: updated.stage === 'ended' ? updated.endedReason : '',
        });
      }
      await recordAudit(tx, ctx, {
        action: 'partner.update',
        entityType: 'partner',
        entityId: updated.id,
        before,
        after: partnerSnapshot(updated, names),
      });
      return { id: updated.id, changed: true };
    });
  },
);

/** Archiving hides a partner from the map and lists; restoring brings it back. Nothing is deleted. */
async function setArchived(input: { id: string; version: number }, ctx: AuthContext, archive: boolean) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockPartner(tx, ctx, input.id);
    await refuseIfStale(tx, ctx, current, input, { thing: 'this partner', keptInput: false });
    if (Boolean(current.archivedAt) === archive) {
      throw new ActionError(
        archive ? `${current.name} is already archived.` : `${current.name} is not archived.`,
      );
    }
    const archivedAt = archive ? new Date() : null;
    const [updated] = await tx
      .update(partners)
      .set({
        archivedAt,
        version: sql`${partners.version} + 1`,
        updatedAt: new Date(),
        updatedByUserId: ctx.userId,
      })
      .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, current.id)))
      .returning({ id: partners.id });
    if (!updated) throw new Error('The locked partner did not update');
    await recordAudit(tx, ctx, {
      action: archive ? 'partner.archive' : 'partner.restore',
      entityType: 'partner',
      entityId: current.id,
      before: { name: current.name, archivedAt: current.archivedAt },
      after: { name: current.name, archivedAt },
    });
    return { id: current.id, archived: archive };
  });
}

export const archivePartner = defineAction(
  {
    schema: partnerStatusSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/${data.id}?saved=archived`,
  },
  (input, ctx) => setArchived(input, ctx, true),
);

export const restorePartner = defineAction(
  {
    schema: partnerStatusSchema,
    role: 'staff',
    revalidate,
    redirectTo: (data: { id: string }) => `/partners/${data.id}?saved=restored`,
  },
  (input, ctx) => setArchived(input, ctx, false),
);
