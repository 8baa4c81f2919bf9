'use server';

import { and, eq, max, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { type InterviewGuide, interviewGuides, interviewGuideVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { isUuid } from '@/lib/ids';
import {
  canonicalSections,
  countQuestions,
  type GuideContent,
  guideStatusSchema,
  parseGuideContent,
  saveGuideFormSchema,
} from './guide-validation';
import { interviewsWithVersion } from './guides';

// Guides are written by admins and managers. Saving a guide whose current version has been used by
// an interview makes a new version, so past interviews keep exactly the questions they were asked;
// a version nobody has used yet is corrected in place.

const notFoundMessage = 'That guide was not found. It may belong to another library system.';
const revalidate = ['/interviews/guides', '/interviews'];

export type SavedGuide = { id: string; outcome: 'created' | 'updated' | 'new-version' | 'unchanged' };

/** The guide, locked until the transaction ends. */
async function lockGuide(tx: Db, ctx: AuthContext, id: string): Promise<InterviewGuide> {
  if (!isUuid(id)) throw new ActionError(notFoundMessage);
  const [guide] = await tx
    .select()
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, ctx.orgId), eq(interviewGuides.id, id)))
    .for('update');
  if (!guide) throw new ActionError(notFoundMessage);
  return guide;
}

/** The guide's content, or every problem with it keyed for the form. */
function checkedContent(input: { name?: unknown; description?: unknown; sections: unknown }): GuideContent {
  const result = parseGuideContent(input);
  if (!result.ok) throw new ActionError('Some fields need attention.', result.fieldErrors);
  return result.data;
}

/** Two guides of one organization may not share a name (whatever its case): people pick by name. */
async function refuseTakenName(tx: Db, ctx: AuthContext, name: string, exceptId: string | null) {
  const [taken] = await tx
    .select({ id: interviewGuides.id, retiredAt: interviewGuides.retiredAt })
    .from(interviewGuides)
    .where(
      and(
        eq(interviewGuides.orgId, ctx.orgId),
        sql`lower(${interviewGuides.name}) = lower(${name})`,
        exceptId ? ne(interviewGuides.id, exceptId) : undefined,
      ),
    );
  if (taken) {
    const retired = taken.retiredAt ? ' (a retired one)' : '';
    throw new ActionError('Some fields need attention.', {
      name: [`Another guide${retired} is already called “${name}”. Choose a different name.`],
    });
  }
}

function snapshot(content: GuideContent, versionNumber: number) {
  return {
    name: content.name,
    description: content.description,
    versionNumber,
    sections: content.sections.length,
    questions: countQuestions(content.sections),
  };
}

async function createGuide(tx: Db, ctx: AuthContext, content: GuideContent): Promise<SavedGuide> {
  await refuseTakenName(tx, ctx, content.name, null);
  const [guide] = await tx
    .insert(interviewGuides)
    .values({
      orgId: ctx.orgId,
      name: content.name,
      description: content.description,
      createdByUserId: ctx.userId,
      updatedByUserId: ctx.userId,
    })
    .returning({ id: interviewGuides.id });
  if (!guide) throw new Error('Insert returned no row');
  const [version] = await tx
    .insert(interviewGuideVersions)
    .values({
      orgId: ctx.orgId,
      guideId: guide.id,
      number: 1,
      name: content.name,
      sections: content.sections,
      createdByUserId: ctx.userId,
    })
    .returning({ id: interviewGuideVersions.id });
  if (!version) throw new Error('Insert returned no row');
  await tx
    .update(interviewGuides)
    .set({ currentVersionId: version.id })
    .where(eq(interviewGuides.id, guide.id));
  await recordAudit(tx, ctx, {
    action: 'interview_guide.create',
    entityType: 'interview_guide',
    entityId: guide.id,
    after: snapshot(content, 1),
  });
  return { id: guide.id, outcome: 'created' };
}

async function updateGuide(
  tx: Db,
  ctx: AuthContext,
  input: { guideId: string; version: number | undefined },
  content: GuideContent,
): Promise<SavedGuide> {
  const guide = await lockGuide(tx, ctx, input.guideId);
  await refuseIfStale(tx, ctx, guide, input, { thing: 'this guide', keptInput: true });
  await refuseTakenName(tx, ctx, content.name, guide.id);
  const [current] = guide.currentVersionId
    ? await tx
        .select()
        .from(interviewGuideVersions)
        .where(
          and(
            eq(interviewGuideVersions.orgId, ctx.orgId),
            eq(interviewGuideVersions.id, guide.currentVersionId),
          ),
        )
    : [];
  const before = {
    name: guide.name,
    description: guide.description,
    sections: current?.sections ?? [],
  };
  // Saving an unchanged guide writes nothing: no new version, no history entry.
  const same = (a: GuideContent) => JSON.stringify([a.name, a.description, canonicalSections(a.sections)]);
  if (current && same(before) === same(content)) return { id: guide.id, outcome: 'unchanged' };

  // The guide row is locked, and starting an interview share-locks it (lockStartableGuide), so no
  // interview can begin with this version between the count and the write below.
  const used = current ? (await interviewsWithVersion(tx, ctx, current.id)) > 0 : true;
  let versionId: string;
  let versionNumber: number;
  if (current && !used) {
    await tx
      .update(interviewGuideVersions)
      .set({ name: content.name, sections: content.sections })
      .where(eq(interviewGuideVersions.id, current.id));
    versionId = current.id;
    versionNumber = current.number;
  } else {
    const [last] = await tx
      .select({ number: max(interviewGuideVersions.number) })
      .from(interviewGuideVersions)
      .where(eq(interviewGuideVersions.guideId, guide.id));
    versionNumber = (last?.number ?? 0) + 1;
    const [created] = await tx
      .insert(interviewGuideVersions)
      .values({
        orgId: ctx.orgId,
        guideId: guide.id,
        number: versionNumber,
        name: content.name,
        sections: content.sections,
        createdByUserId: ctx.userId,
      })
      .returning({ id: interviewGuideVersions.id });
    if (!created) throw new Error('Insert returned no row');
    versionId = created.id;
  }
  await tx
    .update(interviewGuides)
    .set({
      name: content.name,
      description: content.description,
      currentVersionId: versionId,
      version: sql`${interviewGuides.version} + 1`,
      updatedAt: new Date(),
      updatedByUserId: ctx.userId,
    })
    .where(and(eq(interviewGuides.orgId, ctx.orgId), eq(interviewGuides.id, guide.id)));
  await recordAudit(tx, ctx, {
    action: 'interview_guide.update',
    entityType: 'interview_guide',
    entityId: guide.id,
    before: snapshot(before, current?.number ?? 0),
    after: snapshot(content, versionNumber),
  });
  return { id: guide.id, outcome: current && !used ? 'updated' : 'new-version' };
}

/** Creates a guide, or saves one when `guideId` is sent. Every problem is reported at once. */
export const saveGuide = defineAction(
  {
    schema: saveGuideFormSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: SavedGuide) => `/interviews/guides?saved=${data.outcome}&guide=${data.id}`,
  },
  async (input, ctx) => {
    const content = checkedContent(input);
    const db = await getDb();
    return db.transaction((tx) =>
      input.guideId
        ? updateGuide(tx, ctx, { guideId: input.guideId, version: input.version }, content)
        : createGuide(tx, ctx, content),
    );
  },
);

/** Retiring keeps a guide (and every interview held with it) but stops new interviews using it. */
async function setRetired(input: { id: string; version: number }, ctx: AuthContext, retire: boolean) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const guide = await lockGuide(tx, ctx, input.id);
    await refuseIfStale(tx, ctx, guide, input, { thing: 'this guide', keptInput: false });
    if (Boolean(guide.retiredAt) === retire) {
      throw new ActionError(retire ? `${guide.name} is already retired.` : `${guide.name} is not retired.`);
    }
    const retiredAt = retire ? new Date() : null;
    await tx
      .update(interviewGuides)
      .set({
        retiredAt,
        version: sql`${interviewGuides.version} + 1`,
        updatedAt: new Date(),
        updatedByUserId: ctx.userId,
      })
      .where(and(eq(interviewGuides.orgId, ctx.orgId), eq(interviewGuides.id, guide.id)));
    await recordAudit(tx, ctx, {
      action: retire ? 'interview_guide.retire' : 'interview_guide.restore',
      entityType: 'interview_guide',
      entityId: guide.id,
      before: { name: guide.name, retiredAt: guide.retiredAt },
      after: { name: guide.name, retiredAt },
    });
    return { id: guide.id, outcome: retire ? 'retired' : 'restored' };
  });
}

export const retireGuide = defineAction(
  {
    schema: guideStatusSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string; outcome: string }) =>
      `/interviews/guides?saved=${data.outcome}&guide=${data.id}`,
  },
  (input, ctx) => setRetired(input, ctx, true),
);

export const restoreGuide = defineAction(
  {
    schema: guideStatusSchema,
    role: 'manager',
    revalidate,
    redirectTo: (data: { id: string; outcome: string }) =>
      `/interviews/guides?saved=${data.outcome}&guide=${data.id}`,
  },
  (input, ctx) => setRetired(input, ctx, false),
);
