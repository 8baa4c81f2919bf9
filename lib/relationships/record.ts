import 'server-only';
import { and, eq, max, min, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  followUps,
  type InteractionKind,
  interactionParticipants,
  interactions,
  type Partner,
  partners,
  type RelationshipStage,
  stageChanges,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { storedDayInstant } from '@/lib/dates/sql';

/**
 * The writes other capabilities make on a relationship (an interview that completes, a partner
 * created at a stage). Each takes the caller's transaction, writes its audit entry in it, and
 * assumes the caller has checked the partner and members belong to `actor.orgId`; every statement
 * still filters by organization.
 */
type Actor = { orgId: string; userId: string };

/**
 * Sets the partner's last interaction to the latest one it has (or none): that day as its midnight
 * UTC, whatever the database session's zone, so storedDay (lib/dates) reads the same day back.
 */
export async function refreshLastInteraction(tx: Db, orgId: string, partnerId: string) {
  const [latest] = await tx
    .select({ on: max(interactions.occurredOn) })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.partnerId, partnerId)));
  await tx
    .update(partners)
    .set({ lastInteractionAt: latest?.on ? storedDayInstant(latest.on) : null })
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
}

export type NewInteractionInput = {
  partnerId: string;
  kind: InteractionKind;
  occurredOn: string;
  note: string;
  participantMembershipIds: string[];
  interviewId?: string | null;
};

export async function addInteraction(tx: Db, actor: Actor, input: NewInteractionInput) {
  const [interaction] = await tx
    .insert(interactions)
    .values({
      orgId: actor.orgId,
      partnerId: input.partnerId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      note: input.note,
      interviewId: input.interviewId ?? null,
      createdByUserId: actor.userId,
      updatedByUserId: actor.userId,
    })
    .returning();
  if (!interaction) throw new Error('Insert returned no row');
  const participants = [...new Set(input.participantMembershipIds)];
  if (participants.length) {
    await tx.insert(interactionParticipants).values(
      participants.map((membershipId) => ({
        orgId: actor.orgId,
        interactionId: interaction.id,
        membershipId,
      })),
    );
  }
  await refreshLastInteraction(tx, actor.orgId, input.partnerId);
  await recordAudit(tx, actor, {
    action: 'interaction.create',
    entityType: 'interaction',
    entityId: interaction.id,
    after: { ...interaction, participantMembershipIds: participants },
  });
  return interaction;
}

export type NewFollowUpInput = {
  partnerId?: string | null;
  interviewId?: string | null;
  interactionId?: string | null;
  description: string;
  assigneeMembershipId: string;
  dueOn: string;
};

export async function addFollowUp(tx: Db, actor: Actor, input: NewFollowUpInput) {
  const [followUp] = await tx
    .insert(followUps)
    .values({
      orgId: actor.orgId,
      partnerId: input.partnerId ?? null,
      interviewId: input.interviewId ?? null,
      interactionId: input.interactionId ?? null,
      description: input.description,
      assigneeMembershipId: input.assigneeMembershipId,
      dueOn: input.dueOn,
      originalDueOn: input.dueOn,
      createdByUserId: actor.userId,
      updatedByUserId: actor.userId,
    })
    .returning();
  if (!followUp) throw new Error('Insert returned no row');
  if (followUp.partnerId) await refreshNextFollowUp(tx, actor.orgId, followUp.partnerId);
  await recordAudit(tx, actor, {
    action: 'follow_up.create',
    entityType: 'follow_up',
    entityId: followUp.id,
    after: followUp,
  });
  return followUp;
}

/**
 * Sets the partner's next follow-up date to its earliest open follow-up (or none), so lists and
 * the map show the same date the follow-ups say.
 */
export async function refreshNextFollowUp(tx: Db, orgId: string, partnerId: string) {
  const [next] = await tx
    .select({ on: min(followUps.dueOn) })
    .from(followUps)
    .where(and(eq(followUps.orgId, orgId), eq(followUps.partnerId, partnerId), eq(followUps.status, 'open')));
  await tx
    .update(partners)
    .set({ nextFollowUpOn: next?.on ?? null })
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
}

/** Adds one row to a partner's stage history (rows are only ever added, never changed). */
export async function recordStageChange(
  tx: Db,
  actor: Actor,
  change: {
    partnerId: string;
    fromStage: RelationshipStage | null;
    toStage: RelationshipStage;
    note?: string;
    interviewId?: string | null;
    changedAt?: Date;
  },
) {
  const [row] = await tx
    .insert(stageChanges)
    .values({
      orgId: actor.orgId,
      partnerId: change.partnerId,
      fromStage: change.fromStage,
      toStage: change.toStage,
      note: change.note ?? '',
      interviewId: change.interviewId ?? null,
      changedByUserId: actor.userId,
      ...(change.changedAt ? { changedAt: change.changedAt } : {}),
    })
    .returning();
  if (!row) throw new Error('Insert returned no row');
  return row;
}

/** Records the stage a partner was created at, as the first row of its stage history. */
export async function recordInitialStage(tx: Db, actor: Actor, partner: Pick<Partner, 'id' | 'stage'>) {
  await recordStageChange(tx, actor, { partnerId: partner.id, fromStage: null, toStage: partner.stage });
}

/**
 * Moves a partner (locked by the caller) to another stage and adds the move to its history. Does
 * nothing when the partner is already there. Returns the updated partner.
 */
export async function movePartnerStage(
  tx: Db,
  actor: Actor,
  partner: Pick<Partner, 'id' | 'stage'>,
  move: { toStage: RelationshipStage; note: string; interviewId?: string | null; endedReason?: string },
): Promise<Partner | null> {
  if (partner.stage === move.toStage) return null;
  const [updated] = await tx
    .update(partners)
    .set({
      stage: move.toStage,
      // The reason belongs to the ended stage: kept while ended, cleared when the partner moves on.
      endedReason: move.toStage === 'ended' ? (move.endedReason ?? move.note) : '',
      version: sql`${partners.version} + 1`,
      updatedAt: new Date(),
      updatedByUserId: actor.userId,
    })
    .where(and(eq(partners.orgId, actor.orgId), eq(partners.id, partner.id)))
    .returning();
  if (!updated) throw new Error('The partner to move was not found');
  await recordStageChange(tx, actor, {
    partnerId: partner.id,
    fromStage: partner.stage,
    toStage: move.toStage,
    note: move.note,
    interviewId: move.interviewId ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'partner.stage',
    entityType: 'partner',
    entityId: partner.id,
    before: { stage: partner.stage },
    after: {
      stage: move.toStage,
      note: move.note,
      endedReason: updated.endedReason,
      interviewId: move.interviewId ?? null,
    },
  });
  return updated;
}
