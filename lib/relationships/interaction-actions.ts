'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { type Interaction, interactionParticipants, interactions, partners } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { today } from '@/lib/dates';
import { isUuid } from '@/lib/ids';
import { stageLabels } from '@/lib/partners/vocabulary';
import { checkMembers, lockPartner } from './guards';
import { addFollowUp, addInteraction, movePartnerStage, refreshLastInteraction } from './record';
import { createInteractionSchema, deleteInteractionSchema, updateInteractionSchema } from './validation';
import { interactionKindLabels } from './vocabulary';

const revalidate = ['/partners', '/map', '/follow-ups', '/'];
const interactionNotFound = 'That interaction was not found. Someone may have removed it: reload the page.';
const participantsMessage = 'Choose people from your library’s staff list.';

/** A touchpoint is logged once it has happened: on or before today in the organization's zone. */
function refuseFuture(day: string, ctx: AuthContext) {
  if (day > today(ctx.timeZone)) {
    throw new ActionError('Some fields need attention.', {
      occurredOn: ['Log a contact once it has happened. To plan one, add a follow-up instead.'],
    });
  }
}

async function participantsOf(tx: Db, ctx: AuthContext, interactionId: string) {
  const rows = await tx
    .select({ id: interactionParticipants.membershipId })
    .from(interactionParticipants)
    .where(
      and(
        eq(interactionParticipants.orgId, ctx.orgId),
        eq(interactionParticipants.interactionId, interactionId),
      ),
    );
  return rows.map((row) => row.id).sort();
}

/** The interaction with its partner, both locked until the transaction ends. */
async function lockInteraction(tx: Db, ctx: AuthContext, id: string) {
  if (!isUuid(id)) throw new ActionError(interactionNotFound);
  const [row] = await tx
    .select({ interaction: interactions, partnerName: partners.name })
    .from(interactions)
    .innerJoin(partners, and(eq(partners.id, interactions.partnerId), eq(partners.orgId, interactions.orgId)))
    .where(and(eq(interactions.orgId, ctx.orgId), eq(interactions.id, id)))
    .for('update', { of: [interactions, partners] });
  if (!row) throw new ActionError(interactionNotFound);
  return row;
}

function snapshot(interaction: Interaction, participantMembershipIds: string[], partnerName: string) {
  return {
    kind: interaction.kind,
    occurredOn: interaction.occurredOn,
    note: interaction.note,
    participantMembershipIds,
    partnerId: interaction.partnerId,
    partnerName,
  };
}

/**
 * Logs a touchpoint with a partner, with the follow-up agreed in it and the stage it moved the
 * partner to, when given: one form, one transaction (the stage history keeps the note).
 */
export const createInteraction = defineAction(
  { schema: createInteractionSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    refuseFuture(input.occurredOn, ctx);
    const db = await getDb();
    return db.transaction(async (tx) => {
      const partner = await lockPartner(tx, ctx, input.partnerId);
      if (input.moveStage) {
        await refuseIfStale(
          tx,
          ctx,
          partner,
          { version: input.partnerVersion ?? partner.version },
          { thing: 'this partner', keptInput: true },
        );
        if (input.toStage === partner.stage) {
          throw new ActionError('Some fields need attention.', {
            toStage: [`${partner.name} is already at ${stageLabels[partner.stage]}. Choose another stage.`],
          });
        }
      }
      await checkMembers(tx, ctx, input.participants, {
        field: 'participants',
        message: participantsMessage,
      });
      if (input.followUpDescription) {
        await checkMembers(tx, ctx, [input.followUpAssignee], {
          field: 'followUpAssignee',
          message: 'Choose an active member of your library’s staff.',
          workersOnly: true,
        });
      }
      const interaction = await addInteraction(tx, ctx, {
        partnerId: partner.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        note: input.note,
        participantMembershipIds: input.participants,
      });
      if (input.followUpDescription && input.followUpDueOn) {
        await addFollowUp(tx, ctx, {
          partnerId: partner.id,
          interactionId: interaction.id,
          description: input.followUpDescription,
          assigneeMembershipId: input.followUpAssignee,
          dueOn: input.followUpDueOn,
        });
      }
      const moved =
        input.moveStage && input.toStage
          ? await movePartnerStage(tx, ctx, partner, {
              toStage: input.toStage,
              note: input.note || `Logged: ${interactionKindLabels[input.kind].toLowerCase()}.`,
              endedReason: input.endedReason,
            })
          : null;
      return { id: interaction.id, changed: true, movedTo: moved?.stage ?? null };
    });
  },
);

export const updateInteraction = defineAction(
  { schema: updateInteractionSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    refuseFuture(input.occurredOn, ctx);
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interaction, partnerName } = await lockInteraction(tx, ctx, input.interactionId);
      await refuseIfStale(tx, ctx, interaction, input, { thing: 'this interaction', keptInput: true });
      const current = await participantsOf(tx, ctx, interaction.id);
      const next = [...input.participants].sort();
      await checkMembers(tx, ctx, next, {
        field: 'participants',
        message: participantsMessage,
        alreadyThere: current,
      });
      const before = snapshot(interaction, current, partnerName);
      const changed =
        interaction.kind !== input.kind ||
        interaction.occurredOn !== input.occurredOn ||
        interaction.note !== input.note ||
        current.join() !== next.join();
      if (!changed) return { id: interaction.id, changed: false };
      const [updated] = await tx
        .update(interactions)
        .set({
          kind: input.kind,
          occurredOn: input.occurredOn,
          note: input.note,
          version: sql`${interactions.version} + 1`,
          updatedAt: new Date(),
          updatedByUserId: ctx.userId,
        })
        .where(and(eq(interactions.orgId, ctx.orgId), eq(interactions.id, interaction.id)))
        .returning();
      if (!updated) throw new Error('The locked interaction did not update');
      if (current.join() !== next.join()) {
        await tx
          .delete(interactionParticipants)
          .where(
            and(
              eq(interactionParticipants.orgId, ctx.orgId),
              eq(interactionParticipants.interactionId, interaction.id),
            ),
          );
        if (next.length) {
          await tx
            .insert(interactionParticipants)
            .values(
              next.map((membershipId) => ({ orgId: ctx.orgId, interactionId: interaction.id, membershipId })),
            );
        }
      }
      await refreshLastInteraction(tx, ctx.orgId, interaction.partnerId);
      await recordAudit(tx, ctx, {
        action: 'interaction.update',
        entityType: 'interaction',
        entityId: interaction.id,
        before,
        after: snapshot(updated, next, partnerName),
      });
      return { id: interaction.id, changed: true };
    });
  },
);

/** Removes a touchpoint logged by mistake; the partner's last contact is worked out again. */
export const deleteInteraction = defineAction(
  { schema: deleteInteractionSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { interaction, partnerName } = await lockInteraction(tx, ctx, input.interactionId);
      await refuseIfStale(tx, ctx, interaction, input, { thing: 'this interaction', keptInput: false });
      if (interaction.interviewId) {
        throw new ActionError(
          'This contact is the record of an interview: change it from the interview instead.',
        );
      }
      const participants = await participantsOf(tx, ctx, interaction.id);
      await tx
        .delete(interactions)
        .where(and(eq(interactions.orgId, ctx.orgId), eq(interactions.id, interaction.id)));
      await refreshLastInteraction(tx, ctx.orgId, interaction.partnerId);
      await recordAudit(tx, ctx, {
        action: 'interaction.delete',
        entityType: 'interaction',
        entityId: interaction.id,
        before: snapshot(interaction, participants, partnerName),
        after: null,
      });
      return { id: interaction.id };
    });
  },
);
