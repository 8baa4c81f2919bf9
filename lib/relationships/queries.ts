import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  followUps,
  interactionParticipants,
  interactions,
  interviewGuideVersions,
  interviews,
  memberships,
  organizations,
  partners,
  stageChanges,
  users,
} from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { dayOf, today as todayIn } from '@/lib/dates';
import { isUuid } from '@/lib/ids';
import { intervieweeFieldFor, interviewVisibleTo } from '@/lib/interviews/visibility';
import { followUpQuery, withAccess } from './follow-up-queries';
import { daysSince, healthOf } from './health-levels';

type Ctx = { orgId: string };
type MemberCtx = { orgId: string; membershipId: string; role: MemberRole };
/** A member asking, with the organization's time zone: which day is today, and which day a move fell on. */
type ZonedMemberCtx = MemberCtx & { timeZone: string };

/** The organization's relationship-health cadence in days (organizations.healthCadenceDays). */
export async function getHealthCadence(db: Db, ctx: Ctx): Promise<number> {
  const [row] = await db
    .select({ days: organizations.healthCadenceDays })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  return row?.days ?? 90;
}

const changedBy = alias(users, 'changed_by');

/** Every stage the partner has been at, newest first, with who moved it and why. */
export async function stageHistory(db: Db, ctx: Ctx, partnerId: string) {
  if (!isUuid(partnerId)) return [];
  return db
    .select({
      id: stageChanges.id,
      fromStage: stageChanges.fromStage,
      toStage: stageChanges.toStage,
      note: stageChanges.note,
      interviewId: stageChanges.interviewId,
      changedAt: stageChanges.changedAt,
      changedByName: changedBy.name,
    })
    .from(stageChanges)
    .leftJoin(changedBy, eq(changedBy.id, stageChanges.changedByUserId))
    .where(and(eq(stageChanges.orgId, ctx.orgId), eq(stageChanges.partnerId, partnerId)))
    .orderBy(desc(stageChanges.changedAt), desc(stageChanges.id));
}

export type StageHistoryRow = Awaited<ReturnType<typeof stageHistory>>[number];

/** Active members: who may be named as having taken part in a contact. */
export async function listMemberOptions(db: Db, ctx: Ctx, options: { workersOnly?: boolean } = {}) {
  return db
    .select({ value: memberships.id, label: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, ctx.orgId),
        eq(memberships.active, true),
        options.workersOnly ? ne(memberships.role, 'viewer') : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(memberships.id));
}

const participantUsers = alias(users, 'participant_users');
const participantMemberships = alias(memberships, 'participant_memberships');

export type TimelineEntry =
  | {
      type: 'interaction';
      id: string;
      day: string;
      at: Date;
      kind: (typeof interactions.$inferSelect)['kind'];
      note: string;
      version: number;
      participants: { id: string; name: string }[];
      loggedBy: string | null;
      interviewId: string | null;
    }
  | {
      type: 'interview';
      id: string;
      day: string;
      at: Date;
      guideName: string;
      status: 'draft' | 'complete';
      intervieweeName: string;
    }
  | {
      type: 'stage';
      id: string;
      day: string;
      at: Date;
      fromStage: StageHistoryRow['fromStage'];
      toStage: StageHistoryRow['toStage'];
      note: string;
      by: string | null;
    };

const loggedByUsers = alias(users, 'logged_by');

/**
 * The partner's story, newest first: contacts logged, interviews held and stage moves. A contact
 * recorded by an interview is shown as that interview, once. Interviews follow the interviews'
 * own rules (lib/interviews/visibility.ts): drafts only for those who may read them, and the
 * interviewee's name only where it may be read.
 */
export async function partnerTimeline(db: Db, ctx: ZonedMemberCtx, partnerId: string, limit = 200) {
  if (!isUuid(partnerId)) return [];
  const [contactRows, participantRows, interviewRows, stageRows] = await Promise.all([
    db
      .select({
        id: interactions.id,
        day: interactions.occurredOn,
        at: interactions.createdAt,
        kind: interactions.kind,
        note: interactions.note,
        version: interactions.version,
        interviewId: interactions.interviewId,
        loggedBy: loggedByUsers.name,
      })
      .from(interactions)
      .leftJoin(loggedByUsers, eq(loggedByUsers.id, interactions.createdByUserId))
      .where(and(eq(interactions.orgId, ctx.orgId), eq(interactions.partnerId, partnerId)))
      .orderBy(desc(interactions.occurredOn), desc(interactions.createdAt))
      .limit(limit),
    db
      .select({
        interactionId: interactionParticipants.interactionId,
        id: participantMemberships.id,
        name: participantUsers.name,
      })
      .from(interactionParticipants)
      .innerJoin(interactions, eq(interactions.id, interactionParticipants.interactionId))
      .innerJoin(participantMemberships, eq(participantMemberships.id, interactionParticipants.membershipId))
      .innerJoin(participantUsers, eq(participantUsers.id, participantMemberships.userId))
      .where(and(eq(interactionParticipants.orgId, ctx.orgId), eq(interactions.partnerId, partnerId)))
      .orderBy(asc(sql`lower(${participantUsers.name})`)),
    db
      .select({
        id: interviews.id,
        day: interviews.heldOn,
        at: interviews.createdAt,
        guideName: interviewGuideVersions.name,
        status: interviews.status,
        intervieweeName: intervieweeFieldFor(ctx, interviews.intervieweeName),
      })
      .from(interviews)
      .innerJoin(interviewGuideVersions, eq(interviewGuideVersions.id, interviews.guideVersionId))
      .where(
        and(eq(interviews.orgId, ctx.orgId), eq(interviews.partnerId, partnerId), interviewVisibleTo(ctx)),
      )
      .orderBy(desc(interviews.heldOn))
      .limit(limit),
    stageHistory(db, ctx, partnerId),
  ]);
  const interviewIds = new Set(interviewRows.map((row) => row.id));
  const entries: TimelineEntry[] = [
    ...contactRows
      .filter((row) => !row.interviewId || !interviewIds.has(row.interviewId))
      .map((row) => ({
        type: 'interaction' as const,
        ...row,
        participants: participantRows
          .filter((p) => p.interactionId === row.id)
          .map((p) => ({ id: p.id, name: p.name })),
      })),
    ...interviewRows.map((row) => ({ type: 'interview' as const, ...row })),
    ...stageRows.slice(0, limit).map((row) => ({
      type: 'stage' as const,
      id: row.id,
      day: dayOf(row.changedAt, ctx.timeZone),
      at: row.changedAt,
      fromStage: row.fromStage,
      toStage: row.toStage,
      note: row.note,
      by: row.changedByName,
    })),
  ];
  return entries.sort((a, b) => b.day.localeCompare(a.day) || b.at.getTime() - a.at.getTime());
}

/** A partner's follow-ups: the open ones by due date, then the last few done. */
export async function partnerFollowUps(db: Db, ctx: MemberCtx, partnerId: string) {
  if (!isUuid(partnerId)) return { open: [], done: [] };
  const mine = and(eq(followUps.orgId, ctx.orgId), eq(followUps.partnerId, partnerId));
  const [open, done] = await Promise.all([
    followUpQuery(db, and(mine, eq(followUps.status, 'open'))).orderBy(
      asc(followUps.dueOn),
      asc(followUps.id),
    ),
    followUpQuery(db, and(mine, eq(followUps.status, 'done')))
      .orderBy(desc(followUps.doneAt), desc(followUps.id))
      .limit(5),
  ]);
  return { open: withAccess(ctx, open), done: withAccess(ctx, done) };
}

/** One partner's relationship health, for the map popup; null for anything not the caller's. */
export async function partnerHealth(db: Db, ctx: Ctx, partnerId: string, now = new Date()) {
  if (!isUuid(partnerId)) return null;
  const [row] = await db
    .select({
      last: partners.lastInteractionAt,
      cadence: organizations.healthCadenceDays,
      timeZone: organizations.timeZone,
    })
    .from(partners)
    .innerJoin(organizations, eq(organizations.id, partners.orgId))
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, partnerId)));
  if (!row) return null;
  const today = todayIn(row.timeZone, now);
  return {
    level: healthOf(row.last, row.cadence, today),
    days: daysSince(row.last, today),
    cadenceDays: row.cadence,
  };
}

export type PartnerHealth = NonNullable<Awaited<ReturnType<typeof partnerHealth>>>;
