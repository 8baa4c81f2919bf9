import 'server-only';
import {
  and,
  arrayContains,
  arrayOverlaps,
  asc,
  desc,
  eq,
  exists,
  ilike,
  inArray,
  isNull,
  not,
  or,
  sql,
} from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { learnMoreDismissals, partners, resourceHides, resources } from '@/db/schema';
import { isUuid } from '@/lib/ids';
import { containsPattern } from '@/lib/like';
import type { LearnMorePanelKey } from './panels';
import type { ResourceFilter } from './validation';
import { kindLabels, topicLabels } from './vocabulary';

type Ctx = { orgId: string };

/** What a page shows of a resource: no audit columns, nothing of who wrote it. */
const listColumns = {
  id: resources.id,
  orgId: resources.orgId,
  builtinKey: resources.builtinKey,
  title: resources.title,
  creator: resources.creator,
  year: resources.year,
  kind: resources.kind,
  url: resources.url,
  summary: resources.summary,
  topics: resources.topics,
  useWhen: resources.useWhen,
  version: resources.version,
};

export type ResourceRow = {
  id: string;
  orgId: string | null;
  builtinKey: string | null;
  title: string;
  creator: string;
  year: number | null;
  kind: string;
  url: string | null;
  summary: string;
  topics: string[];
  useWhen: string;
  version: number;
};

/** Hidden by this organization: a built-in resource it chose not to show. */
function hiddenBy(db: Db, ctx: Ctx) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(resourceHides)
      .where(and(eq(resourceHides.orgId, ctx.orgId), eq(resourceHides.resourceId, resources.id))),
  );
}

/** The resources an organization sees: the catalogue minus what it hid, plus its own. */
function visibleTo(db: Db, ctx: Ctx) {
  return or(eq(resources.orgId, ctx.orgId), and(isNull(resources.orgId), not(hiddenBy(db, ctx))));
}

/** The vocabulary keys whose key or label holds the word: "webinar" finds every webinar. */
function keysMatching(word: string, labels: Record<string, string>): string[] {
  const lower = word.toLowerCase();
  return Object.entries(labels)
    .filter(([key, label]) => key.includes(lower) || label.toLowerCase().includes(lower))
    .map(([key]) => key);
}

/** Every word of the search must appear in the title, the creator, the summary, the kind or a topic. */
function searchCondition(q: string) {
  const words = q.split(' ').filter(Boolean).slice(0, 8);
  return and(
    ...words.map((word) => {
      const kinds = keysMatching(word, kindLabels);
      const topics = keysMatching(word, topicLabels);
      return or(
        ilike(resources.title, containsPattern(word)),
        ilike(resources.creator, containsPattern(word)),
        ilike(resources.summary, containsPattern(word)),
        kinds.length ? inArray(resources.kind, kinds) : undefined,
        topics.length ? arrayOverlaps(resources.topics, topics) : undefined,
      );
    }),
  );
}

/** The Resources page: what the organization sees, narrowed by the filter, own ones first. */
export async function listResources(db: Db, ctx: Ctx, filter: ResourceFilter): Promise<ResourceRow[]> {
  return db
    .select(listColumns)
    .from(resources)
    .where(
      and(
        visibleTo(db, ctx),
        filter.q ? searchCondition(filter.q) : undefined,
        filter.topic ? arrayContains(resources.topics, [filter.topic]) : undefined,
        filter.kind ? eq(resources.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(sql`${resources.orgId} is null`, asc(resources.title));
}

/** How many resources the organization sees in all (for "3 of 27"), and the kinds among them. */
export async function resourceTotals(db: Db, ctx: Ctx): Promise<{ total: number; kinds: string[] }> {
  const rows = await db
    .select({ kind: resources.kind, value: sql<number>`count(*)::int` })
    .from(resources)
    .where(visibleTo(db, ctx))
    .groupBy(resources.kind);
  return { total: rows.reduce((sum, row) => sum + row.value, 0), kinds: rows.map((row) => row.kind) };
}

/** The built-in resources this organization hid, for restoring. */
export async function listHiddenResources(db: Db, ctx: Ctx) {
  return db
    .select({ id: resources.id, title: resources.title, hiddenAt: resourceHides.hiddenAt })
    .from(resourceHides)
    .innerJoin(resources, eq(resources.id, resourceHides.resourceId))
    .where(eq(resourceHides.orgId, ctx.orgId))
    .orderBy(asc(resources.title));
}

/** One of the organization's own resources, for editing; 404 for a built-in or another's. */
export async function getOwnResourceOrThrow(db: Db, ctx: Ctx, id: string): Promise<ResourceRow> {
  if (!isUuid(id)) notFound();
  const [row] = await db
    .select(listColumns)
    .from(resources)
    .where(and(eq(resources.id, id), eq(resources.orgId, ctx.orgId)));
  if (!row) notFound();
  return row;
}

/** Resources a panel could show: visible to the organization, sharing a topic or named first. */
export async function listPanelCandidates(
  db: Db,
  ctx: Ctx,
  selection: { topics: readonly string[]; first?: readonly string[] },
): Promise<ResourceRow[]> {
  const first = selection.first ?? [];
  return db
    .select(listColumns)
    .from(resources)
    .where(
      and(
        visibleTo(db, ctx),
        or(
          arrayOverlaps(resources.topics, [...selection.topics]),
          first.length ? inArray(resources.builtinKey, [...first]) : undefined,
        ),
      ),
    )
    .orderBy(desc(resources.createdAt));
}

type MemberCtx = { membershipId: string };

export async function isPanelDismissed(db: Db, ctx: MemberCtx, panel: LearnMorePanelKey): Promise<boolean> {
  const [row] = await db
    .select({ panel: learnMoreDismissals.panel })
    .from(learnMoreDismissals)
    .where(and(eq(learnMoreDismissals.membershipId, ctx.membershipId), eq(learnMoreDismissals.panel, panel)));
  return Boolean(row);
}

/** The panels this person closed, so the Resources page can offer them back. */
export async function listDismissedPanels(db: Db, ctx: MemberCtx): Promise<string[]> {
  const rows = await db
    .select({ panel: learnMoreDismissals.panel })
    .from(learnMoreDismissals)
    .where(eq(learnMoreDismissals.membershipId, ctx.membershipId))
    .orderBy(asc(learnMoreDismissals.panel));
  return rows.map((row) => row.panel);
}

/** Whether the organization has any partner on the map yet (archived ones are not shown there). */
export async function hasActivePartners(db: Db, ctx: Ctx): Promise<boolean> {
  const [row] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.orgId, ctx.orgId), isNull(partners.archivedAt)))
    .limit(1);
  return Boolean(row);
}
