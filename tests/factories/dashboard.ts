import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewGuideVersions,
  interviewInterviewers,
  interviews,
  partners,
  stageChanges,
} from '@/db/schema';
import type { InteractionKind, RelationshipStage } from '@/db/schema/vocabulary';

// Relationship records written straight into their tables, for the dashboard's tests: each
// number the dashboard shows is checked against rows these make. No audit entries.

/** An interaction; the partner's last interaction moves forward to it, as the app keeps it. */
export async function createInteraction(
  db: Db,
  orgId: string,
  partnerId: string,
  values: { occurredOn: string; kind?: InteractionKind; participants?: string[] },
) {
  const [interaction] = await db
    .insert(interactions)
    .values({ orgId, partnerId, kind: values.kind ?? 'meeting', occurredOn: values.occurredOn })
    .returning();
  if (!interaction) throw new Error('no interaction');
  if (values.participants?.length) {
    await db
      .insert(interactionParticipants)
      .values(
        values.participants.map((membershipId) => ({ orgId, interactionId: interaction.id, membershipId })),
      );
  }
  await db
    .update(partners)
    .set({
      lastInteractionAt: sql`greatest(${partners.lastInteractionAt}, (${values.occurredOn}::date)::timestamp at time zone 'UTC')`,
    })
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
  return interaction;
}

/** A row of a partner's stage history. */
export async function createStageChange(
  db: Db,
  orgId: string,
  partnerId: string,
  values: { toStage: RelationshipStage; fromStage?: RelationshipStage | null; changedAt: string | Date },
) {
  const [change] = await db
    .insert(stageChanges)
    .values({
      orgId,
      partnerId,
      toStage: values.toStage,
      fromStage: values.fromStage ?? null,
      changedAt: new Date(values.changedAt),
    })
    .returning();
  if (!change) throw new Error('no stage change');
  return change;
}

/** A follow-up for one staff member. */
export async function createFollowUp(
  db: Db,
  orgId: string,
  values: {
    assigneeMembershipId: string;
    dueOn: string;
    status?: 'open' | 'done';
    partnerId?: string | null;
    interviewId?: string | null;
  },
) {
  const [followUp] = await db
    .insert(followUps)
    .values({
      orgId,
      assigneeMembershipId: values.assigneeMembershipId,
      dueOn: values.dueOn,
      originalDueOn: values.dueOn,
      status: values.status ?? 'open',
      doneAt: values.status === 'done' ? new Date() : null,
      partnerId: values.partnerId ?? null,
      interviewId: values.interviewId ?? null,
      description: 'Send the thank-you note',
    })
    .returning();
  if (!followUp) throw new Error('no follow-up');
  return followUp;
}

/** An interview on a minimal guide of its own (one guide and version per interview: tests only). */
export async function createInterview(
  db: Db,
  orgId: string,
  values: {
    heldOn: string;
    status?: 'draft' | 'complete';
    partnerId?: string | null;
    themes?: string[];
    interviewers?: string[];
  },
) {
  const [guide] = await db
    .insert(interviewGuides)
    .values({ orgId, name: `Guide ${randomUUID().slice(0, 8)}` })
    .returning();
  const [version] = await db
    .insert(interviewGuideVersions)
    .values({ orgId, guideId: guide!.id, number: 1, name: guide!.name, sections: [] })
    .returning();
  const status = values.status ?? 'complete';
  const [interview] = await db
    .insert(interviews)
    .values({
      orgId,
      guideVersionId: version!.id,
      partnerId: values.partnerId ?? null,
      heldOn: values.heldOn,
      status,
      themes: values.themes ?? [],
      completedAt: status === 'complete' ? new Date(`${values.heldOn}T12:00:00Z`) : null,
    })
    .returning();
  if (!interview) throw new Error('no interview');
  if (values.interviewers?.length) {
    await db
      .insert(interviewInterviewers)
      .values(
        values.interviewers.map((membershipId) => ({ orgId, interviewId: interview.id, membershipId })),
      );
  }
  return interview;
}
