import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import {
  followUps,
  type GuideSection,
  type InterviewPending,
  interviewGuides,
  interviewGuideVersions,
  interviewInterviewers,
  interviews,
  memberships,
  partners,
  referrals,
  users,
} from '@/db/schema';
import type { InterviewStatus } from '@/db/schema/vocabulary';
import { roleAtLeast } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { ensureDefaultGuide } from './builtin';
import {
  type InterviewReader,
  intervieweeFieldFor,
  interviewVisibleTo,
  seesAnswers,
  seesIntervieweeName,
} from './visibility';

export { type InterviewReader, seesAnswers } from './visibility';

export type InterviewFilter = {
  guideId?: string;
  interviewerId?: string;
  partnerId?: string;
  theme?: string;
  from?: string;
  to?: string;
  status?: InterviewStatus;
};

export async function listInterviews(
  db: Db,
  ctx: InterviewReader,
  filter: InterviewFilter,
  page = 1,
  pageSize = 25,
) {
  const conditions: (SQL | undefined)[] = [eq(interviews.orgId, ctx.orgId), interviewVisibleTo(ctx)];
  if (filter.guideId && isUuid(filter.guideId))
    conditions.push(eq(interviewGuideVersions.guideId, filter.guideId));
  if (filter.partnerId && isUuid(filter.partnerId))
    conditions.push(eq(interviews.partnerId, filter.partnerId));
  if (filter.interviewerId && isUuid(filter.interviewerId)) {
    conditions.push(
      sql`exists (select 1 from ${interviewInterviewers} where ${interviewInterviewers.interviewId} = ${interviews.id} and ${interviewInterviewers.membershipId} = ${filter.interviewerId})`,
    );
  }
  if (filter.theme) {
    conditions.push(
      sql`exists (select 1 from unnest(${interviews.themes}) as t(theme) where lower(t.theme) = lower(${filter.theme}))`,
    );
  }
  if (filter.from) conditions.push(gte(interviews.heldOn, filter.from));
  if (filter.to) conditions.push(lte(interviews.heldOn, filter.to));
  if (filter.status) conditions.push(eq(interviews.status, filter.status));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: interviews.id,
        heldOn: interviews.heldOn,
        status: interviews.status,
        mode: interviews.mode,
        intervieweeName: intervieweeFieldFor(ctx, interviews.intervieweeName),
        themes: interviews.themes,
        partnerId: interviews.partnerId,
        partnerName: partners.name,
        guideName: interviewGuideVersions.name,
        interviewers: sql<
          string[]
        >`coalesce((select array_agg(${users.name} order by ${users.name}) from ${interviewInterviewers} join ${memberships} on ${memberships.id} = ${interviewInterviewers.membershipId} join ${users} on ${users.id} = ${memberships.userId} where ${interviewInterviewers.interviewId} = ${interviews.id}), '{}')`,
      })
      .from(interviews)
      .innerJoin(interviewGuideVersions, eq(interviewGuideVersions.id, interviews.guideVersionId))
      .leftJoin(partners, and(eq(partners.id, interviews.partnerId), eq(partners.orgId, ctx.orgId)))
      .where(where)
      .orderBy(desc(interviews.heldOn), desc(interviews.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(interviews)
      .innerJoin(interviewGuideVersions, eq(interviewGuideVersions.id, interviews.guideVersionId))
      .where(where),
  ]);
  return { total: total?.total ?? 0, rows };
}

/** Every guide that has been used or can be, for the list's filter. */
export async function listGuideFilterOptions(db: Db, ctx: { orgId: string }) {
  await ensureDefaultGuide(db, ctx.orgId);
  const rows = await db
    .select({ value: interviewGuides.id, label: interviewGuides.name, retired: interviewGuides.retiredAt })
    .from(interviewGuides)
    .where(eq(interviewGuides.orgId, ctx.orgId))
    .orderBy(asc(sql`lower(${interviewGuides.name})`));
  return rows.map((row) => ({ value: row.value, label: row.retired ? `${row.label} (retired)` : row.label }));
}

/** Themes already used in the organization's interviews, most used first, each spelling once. */
export async function listThemeSuggestions(db: Db, ctx: { orgId: string }, limit = 100) {
  const used = db
    .select({ theme: sql<string>`unnest(${interviews.themes})`.as('theme') })
    .from(interviews)
    .where(eq(interviews.orgId, ctx.orgId))
    .as('used');
  const rows = await db
    .select({ theme: used.theme, uses: count() })
    .from(used)
    .groupBy(used.theme)
    .orderBy(desc(count()), asc(used.theme))
    .limit(limit);
  const seen = new Set<string>();
  return rows
    .map((row) => row.theme)
    .filter((theme) => {
      const key = theme.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export type InterviewDetail = NonNullable<Awaited<ReturnType<typeof getInterview>>>;

/** One interview as this reader may see it, or null when it is not theirs to see. */
export async function getInterview(db: Db, ctx: InterviewReader, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      interview: interviews,
      guideId: interviewGuideVersions.guideId,
      guideName: interviewGuideVersions.name,
      guideVersionNumber: interviewGuideVersions.number,
      sections: interviewGuideVersions.sections,
      partnerName: partners.name,
      partnerStage: partners.stage,
      updatedByName: users.name,
    })
    .from(interviews)
    .innerJoin(interviewGuideVersions, eq(interviewGuideVersions.id, interviews.guideVersionId))
    .leftJoin(partners, and(eq(partners.id, interviews.partnerId), eq(partners.orgId, ctx.orgId)))
    .leftJoin(users, eq(users.id, interviews.updatedByUserId))
    .where(and(eq(interviews.orgId, ctx.orgId), eq(interviews.id, id), interviewVisibleTo(ctx)));
  if (!row) return null;
  const interviewers = await db
    .select({ membershipId: memberships.id, name: users.name })
    .from(interviewInterviewers)
    .innerJoin(memberships, eq(memberships.id, interviewInterviewers.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(interviewInterviewers.orgId, ctx.orgId), eq(interviewInterviewers.interviewId, id)))
    .orderBy(asc(users.name));
  const interview = row.interview;
  const full = seesAnswers(ctx.role);
  const named = seesIntervieweeName(
    ctx,
    interview,
    interviewers.map((i) => i.membershipId),
  );
  const emptyPending: InterviewPending = { followUps: [], referrals: [] };
  return {
    ...interview,
    // What a viewer may not read is removed here, so no page can show it by mistake.
    answers: full ? interview.answers : {},
    pending: full ? interview.pending : emptyPending,
    intervieweeName: named ? interview.intervieweeName : '',
    intervieweeRole: named ? interview.intervieweeRole : '',
    place: full ? interview.place : '',
    detailsWithheld: !full,
    guideId: row.guideId,
    guideName: row.guideName,
    guideVersionNumber: row.guideVersionNumber,
    sections: row.sections as GuideSection[],
    partnerName: row.partnerName,
    partnerStage: row.partnerStage,
    updatedByName: row.updatedByName,
    interviewers,
    canEdit:
      roleAtLeast(ctx.role, 'manager') || interviewers.some((i) => i.membershipId === ctx.membershipId),
  };
}

export async function getInterviewOrThrow(db: Db, ctx: InterviewReader, id: string) {
  const interview = await getInterview(db, ctx, id);
  if (!interview) notFound();
  return interview;
}

/** The referrals an interview produced, with the partners they became. */
export async function listReferralsOfInterview(db: Db, ctx: { orgId: string }, interviewId: string) {
  return db
    .select({
      id: referrals.id,
      name: referrals.name,
      organizationName: referrals.organizationName,
      howToReach: referrals.howToReach,
      reason: referrals.reason,
      maySayWhoSuggested: referrals.maySayWhoSuggested,
      status: referrals.status,
      version: referrals.version,
      partnerId: referrals.partnerId,
      partnerName: partners.name,
    })
    .from(referrals)
    .leftJoin(partners, and(eq(partners.id, referrals.partnerId), eq(partners.orgId, ctx.orgId)))
    .where(and(eq(referrals.orgId, ctx.orgId), eq(referrals.interviewId, interviewId)))
    .orderBy(asc(referrals.createdAt), asc(sql`lower(${referrals.name})`), asc(referrals.id));
}

export async function countInterviewsOfPartners(db: Db, ctx: { orgId: string }, partnerIds: string[]) {
  if (!partnerIds.length) return new Map<string, number>();
  const rows = await db
    .select({ partnerId: interviews.partnerId, total: count() })
    .from(interviews)
    .where(and(eq(interviews.orgId, ctx.orgId), inArray(interviews.partnerId, partnerIds)))
    .groupBy(interviews.partnerId);
  return new Map(rows.map((row) => [row.partnerId as string, row.total]));
}

/** The follow-ups an interview produced, with who does them. */
export async function listFollowUpsOfInterview(db: Db, ctx: { orgId: string }, interviewId: string) {
  return db
    .select({
      id: followUps.id,
      description: followUps.description,
      dueOn: followUps.dueOn,
      status: followUps.status,
      assigneeName: users.name,
    })
    .from(followUps)
    .innerJoin(memberships, eq(memberships.id, followUps.assigneeMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(followUps.orgId, ctx.orgId), eq(followUps.interviewId, interviewId)))
    .orderBy(asc(followUps.dueOn), asc(followUps.id));
}
