import 'server-only';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { type GuideSection, interviewGuides, interviewGuideVersions, interviews, users } from '@/db/schema';
import { isUuid } from '@/lib/ids';
import { ensureDefaultGuide } from './builtin';
import { countQuestions } from './guide-validation';

// Reading interview guides. Every function takes the caller's organization and stays inside it.
// The writes are the server actions in guide-actions.ts.

type Ctx = { orgId: string };

export type GuideListItem = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  retired: boolean;
  version: number;
  currentVersionNumber: number | null;
  questionCount: number;
  /** Interviews held with any version of the guide. */
  interviewCount: number;
  updatedAt: Date;
};

/** Interviews per guide, across all its versions. */
function interviewCounts(db: Db, ctx: Ctx) {
  return db
    .select({ guideId: interviewGuideVersions.guideId, interviews: count(interviews.id).as('interviews') })
    .from(interviews)
    .innerJoin(interviewGuideVersions, eq(interviewGuideVersions.id, interviews.guideVersionId))
    .where(and(eq(interviews.orgId, ctx.orgId), eq(interviewGuideVersions.orgId, ctx.orgId)))
    .groupBy(interviewGuideVersions.guideId)
    .as('interview_counts');
}

/**
 * The organization's guides, in use first (the built-in one leading), then retired ones. Gives the
 * organization its built-in guide first if it never had it.
 */
export async function listGuides(db: Db, ctx: Ctx): Promise<GuideListItem[]> {
  await ensureDefaultGuide(db, ctx.orgId);
  const counts = interviewCounts(db, ctx);
  const rows = await db
    .select({
      id: interviewGuides.id,
      name: interviewGuides.name,
      description: interviewGuides.description,
      builtinKey: interviewGuides.builtinKey,
      retiredAt: interviewGuides.retiredAt,
      version: interviewGuides.version,
      updatedAt: interviewGuides.updatedAt,
      currentVersionNumber: interviewGuideVersions.number,
      sections: interviewGuideVersions.sections,
      interviewCount: sql<number>`coalesce(${counts.interviews}, 0)`.mapWith(Number),
    })
    .from(interviewGuides)
    .leftJoin(
      interviewGuideVersions,
      and(
        eq(interviewGuideVersions.id, interviewGuides.currentVersionId),
        eq(interviewGuideVersions.orgId, ctx.orgId),
      ),
    )
    .leftJoin(counts, eq(counts.guideId, interviewGuides.id))
    .where(eq(interviewGuides.orgId, ctx.orgId))
    .orderBy(
      sql`${interviewGuides.retiredAt} is not null`,
      sql`${interviewGuides.builtinKey} is null`,
      asc(sql`lower(${interviewGuides.name})`),
      asc(interviewGuides.id),
    );
  return rows.map(({ sections, builtinKey, retiredAt, ...row }) => ({
    ...row,
    builtin: builtinKey !== null,
    retired: retiredAt !== null,
    questionCount: countQuestions(sections ?? []),
  }));
}

export type StartableGuide = {
  id: string;
  name: string;
  description: string;
  currentVersionId: string;
  versionNumber: number;
  questionCount: number;
};

/**
 * The guides a new interview may use: not retired, with a current version; the built-in guide
 * first, then by name. Gives the organization its built-in guide first if it never had it.
 */
export async function listStartableGuides(db: Db, ctx: Ctx): Promise<StartableGuide[]> {
  await ensureDefaultGuide(db, ctx.orgId);
  const rows = await db
    .select({
      id: interviewGuides.id,
      name: interviewGuides.name,
      description: interviewGuides.description,
      currentVersionId: interviewGuideVersions.id,
      versionNumber: interviewGuideVersions.number,
      sections: interviewGuideVersions.sections,
    })
    .from(interviewGuides)
    .innerJoin(
      interviewGuideVersions,
      and(
        eq(interviewGuideVersions.id, interviewGuides.currentVersionId),
        eq(interviewGuideVersions.orgId, ctx.orgId),
      ),
    )
    .where(and(eq(interviewGuides.orgId, ctx.orgId), isNull(interviewGuides.retiredAt)))
    .orderBy(
      sql`${interviewGuides.builtinKey} is null`,
      asc(sql`lower(${interviewGuides.name})`),
      asc(interviewGuides.id),
    );
  return rows.map(({ sections, ...row }) => ({ ...row, questionCount: countQuestions(sections) }));
}

export type GuideVersionView = {
  guideId: string;
  guideName: string;
  number: number;
  sections: GuideSection[];
};

/**
 * One version of a guide, exactly as interviews held with it asked it, or null when the
 * organization has no such version. `guideName` is the guide's name when that version was saved.
 */
export async function getGuideVersion(db: Db, ctx: Ctx, versionId: string): Promise<GuideVersionView | null> {
  if (!isUuid(versionId)) return null;
  const [row] = await db
    .select({
      guideId: interviewGuideVersions.guideId,
      guideName: interviewGuideVersions.name,
      number: interviewGuideVersions.number,
      sections: interviewGuideVersions.sections,
    })
    .from(interviewGuideVersions)
    .where(and(eq(interviewGuideVersions.orgId, ctx.orgId), eq(interviewGuideVersions.id, versionId)));
  return row ?? null;
}

export type GuideDetail = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  retiredAt: Date | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  current: { id: string; number: number; sections: GuideSection[] } | null;
  /** Interviews held with the current version: when there are any, saving makes a new version. */
  currentVersionInterviews: number;
};

/** A guide of the organization with its current questions; the page's 404 otherwise. */
export async function getGuideOrThrow(db: Db, ctx: Ctx, guideId: string): Promise<GuideDetail> {
  if (!isUuid(guideId)) notFound();
  const [row] = await db
    .select({
      id: interviewGuides.id,
      name: interviewGuides.name,
      description: interviewGuides.description,
      builtinKey: interviewGuides.builtinKey,
      retiredAt: interviewGuides.retiredAt,
      version: interviewGuides.version,
      updatedAt: interviewGuides.updatedAt,
      updatedByName: users.name,
      currentId: interviewGuideVersions.id,
      currentNumber: interviewGuideVersions.number,
      currentSections: interviewGuideVersions.sections,
    })
    .from(interviewGuides)
    .leftJoin(
      interviewGuideVersions,
      and(
        eq(interviewGuideVersions.id, interviewGuides.currentVersionId),
        eq(interviewGuideVersions.orgId, ctx.orgId),
      ),
    )
    .leftJoin(users, eq(users.id, interviewGuides.updatedByUserId))
    .where(and(eq(interviewGuides.orgId, ctx.orgId), eq(interviewGuides.id, guideId)));
  if (!row) notFound();
  const { builtinKey, currentId, currentNumber, currentSections, ...guide } = row;
  const current =
    currentId && currentNumber !== null && currentSections
      ? { id: currentId, number: currentNumber, sections: currentSections }
      : null;
  return {
    ...guide,
    builtin: builtinKey !== null,
    current,
    currentVersionInterviews: current ? await interviewsWithVersion(db, ctx, current.id) : 0,
  };
}

/** How many interviews (drafts included) were held with one version. */
export async function interviewsWithVersion(db: Db, ctx: Ctx, versionId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(interviews)
    .where(and(eq(interviews.orgId, ctx.orgId), eq(interviews.guideVersionId, versionId)));
  return row?.value ?? 0;
}

export type GuideVersionSummary = { id: string; number: number; createdAt: Date; interviewCount: number };

/** Every version of a guide, newest first, with how many interviews used each. */
export async function listGuideVersions(db: Db, ctx: Ctx, guideId: string): Promise<GuideVersionSummary[]> {
  if (!isUuid(guideId)) return [];
  return db
    .select({
      id: interviewGuideVersions.id,
      number: interviewGuideVersions.number,
      createdAt: interviewGuideVersions.createdAt,
      interviewCount: count(interviews.id),
    })
    .from(interviewGuideVersions)
    .leftJoin(
      interviews,
      and(eq(interviews.guideVersionId, interviewGuideVersions.id), eq(interviews.orgId, ctx.orgId)),
    )
    .where(and(eq(interviewGuideVersions.orgId, ctx.orgId), eq(interviewGuideVersions.guideId, guideId)))
    .groupBy(interviewGuideVersions.id)
    .orderBy(desc(interviewGuideVersions.number));
}

/**
 * For starting an interview inside a transaction: the guide's current version, with the guide row
 * share-locked until the transaction ends, so an edit cannot change that version in place (it
 * would not yet see the new interview) between this check and the interview's insert. Null when
 * the organization has no such guide, or it is retired.
 */
export async function lockStartableGuide(
  tx: Db,
  ctx: Ctx,
  guideId: string,
): Promise<{ guideId: string; versionId: string } | null> {
  if (!isUuid(guideId)) return null;
  const [row] = await tx
    .select({ id: interviewGuides.id, versionId: interviewGuides.currentVersionId })
    .from(interviewGuides)
    .where(
      and(
        eq(interviewGuides.orgId, ctx.orgId),
        eq(interviewGuides.id, guideId),
        isNull(interviewGuides.retiredAt),
      ),
    )
    .for('share');
  return row?.versionId ? { guideId: row.id, versionId: row.versionId } : null;
}
