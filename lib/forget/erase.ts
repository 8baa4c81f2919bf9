import 'server-only';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  auditEntries,
  contacts,
  followUps,
  geocodeCache,
  importJobs,
  interactions,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { containsPattern } from '@/lib/like';
import { mentions, type PersonTraces, redactJson, redactText, traceNeedles, tracePatterns } from './redact';

// The database side of forgetting a person (decision 0014): every place in the organization where
// something said about them can sit, found by a plain ILIKE first and then decided by the patterns of
// ./redact.ts. Everything runs in the caller's transaction, so a forgetting is whole or not at all.

export type ErasedCounts = {
  answersRemoved: number;
  textsRedacted: number;
  auditEntries: number;
  importFiles: number;
  geocoderAnswers: number;
};

function anyLike(column: SQL | AnyPgColumn, needles: string[]): SQL {
  return or(...needles.map((needle) => sql`${column}::text ilike ${containsPattern(needle)}`))!;
}

type TextColumns = Record<string, AnyPgColumn>;

/** Redacts the named text columns of one table's rows that mention the person. */
async function redactColumns(
  tx: Db,
  table: typeof interactions | typeof stageChanges | typeof followUps | typeof contacts | typeof partners,
  orgId: string,
  columns: TextColumns,
  needles: string[],
  patterns: RegExp[],
  except?: SQL,
): Promise<number> {
  const t = table as typeof interactions;
  const rows = (await tx
    .select({ id: t.id, ...columns })
    .from(t)
    .where(
      and(eq(t.orgId, orgId), or(...Object.values(columns).map((c) => anyLike(c, needles))), except),
    )) as Record<string, unknown>[];
  let changed = 0;
  for (const row of rows) {
    const set: Record<string, unknown> = {};
    for (const key of Object.keys(columns)) {
      const value = row[key];
      if (typeof value === 'string' && mentions(value, patterns)) set[key] = redactText(value, patterns);
      if (Array.isArray(value) && value.some((v) => typeof v === 'string' && mentions(v, patterns))) {
        set[key] = redactJson(value, patterns);
      }
    }
    if (Object.keys(set).length === 0) continue;
    await tx
      .update(t)
      .set(set)
      .where(eq(t.id, row.id as string));
    changed += 1;
  }
  return changed;
}

/** Interviews: answers that mention the person are removed whole; other text has the mention removed. */
async function eraseFromInterviews(tx: Db, orgId: string, needles: string[], patterns: RegExp[]) {
  const rows = await tx
    .select()
    .from(interviews)
    .where(
      and(
        eq(interviews.orgId, orgId),
        or(
          anyLike(interviews.answers, needles),
          anyLike(interviews.takeaways, needles),
          anyLike(interviews.intervieweeName, needles),
          anyLike(interviews.intervieweeRole, needles),
          anyLike(interviews.place, needles),
          anyLike(interviews.pending, needles),
        ),
      ),
    );
  let answersRemoved = 0;
  let textsRedacted = 0;
  for (const row of rows) {
    const answers = Object.fromEntries(
      Object.entries(row.answers).filter(([, value]) => !mentions(JSON.stringify(value), patterns)),
    );
    answersRemoved += Object.keys(row.answers).length - Object.keys(answers).length;
    const named = mentions(row.intervieweeName, patterns);
    await tx
      .update(interviews)
      .set({
        answers,
        takeaways: redactJson(row.takeaways, patterns),
        intervieweeName: named ? '' : row.intervieweeName,
        intervieweeRole: named ? '' : redactText(row.intervieweeRole, patterns),
        place: redactText(row.place, patterns),
        pending: redactJson(row.pending, patterns),
      })
      .where(eq(interviews.id, row.id));
    textsRedacted += 1;
  }
  return { answersRemoved, textsRedacted };
}

/** Referrals that name the person say nothing more of them; others lose the mention. */
async function eraseFromReferrals(tx: Db, orgId: string, needles: string[], patterns: RegExp[]) {
  const rows = await tx
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.orgId, orgId),
        or(
          anyLike(referrals.name, needles),
          anyLike(referrals.organizationName, needles),
          anyLike(referrals.howToReach, needles),
          anyLike(referrals.reason, needles),
        ),
      ),
    );
  for (const row of rows) {
    const aboutThem = mentions(row.name, patterns);
    await tx
      .update(referrals)
      .set(
        aboutThem
          ? {
              name: redactText(row.name, patterns),
              howToReach: '',
              reason: '',
              organizationName: redactText(row.organizationName, patterns),
            }
          : {
              organizationName: redactText(row.organizationName, patterns),
              howToReach: redactText(row.howToReach, patterns),
              reason: redactText(row.reason, patterns),
            },
      )
      .where(eq(referrals.id, row.id));
  }
  return rows.length;
}

/** JSON columns (audit values, import files) with the person's mentions replaced. */
async function eraseFromJson(tx: Db, orgId: string, needles: string[], patterns: RegExp[]) {
  const audit = await tx
    .select({ id: auditEntries.id, before: auditEntries.before, after: auditEntries.after })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, orgId),
        or(anyLike(auditEntries.before, needles), anyLike(auditEntries.after, needles)),
      ),
    );
  for (const row of audit) {
    await tx
      .update(auditEntries)
      .set({ before: redactJson(row.before, patterns), after: redactJson(row.after, patterns) })
      .where(eq(auditEntries.id, row.id));
  }
  const jobs = await tx
    .select({
      id: importJobs.id,
      table: importJobs.table,
      unplaced: importJobs.unplaced,
      merges: importJobs.merges,
    })
    .from(importJobs)
    .where(
      and(
        eq(importJobs.orgId, orgId),
        or(
          anyLike(importJobs.table, needles),
          anyLike(importJobs.unplaced, needles),
          anyLike(importJobs.merges, needles),
        ),
      ),
    );
  for (const job of jobs) {
    await tx
      .update(importJobs)
      .set({
        table: redactJson(job.table, patterns),
        unplaced: redactJson(job.unplaced, patterns),
        merges: redactJson(job.merges, patterns),
      })
      .where(eq(importJobs.id, job.id));
  }
  const geocoded = await tx
    .delete(geocodeCache)
    .where(
      and(
        eq(geocodeCache.orgId, orgId),
        or(anyLike(geocodeCache.query, needles), anyLike(geocodeCache.results, needles)),
      ),
    )
    .returning({ id: geocodeCache.id });
  return { auditEntries: audit.length, importFiles: jobs.length, geocoderAnswers: geocoded.length };
}

/**
 * Removes every mention of the person from the organization's records: answers that name them,
 * the mention in notes, takeaways, descriptions and referrals, in audit values and import files,
 * and geocoder answers for their address. `exceptPartnerId` is a forgotten partner's own row, which
 * its eraser blanks as a whole.
 */
export async function eraseMentions(
  tx: Db,
  orgId: string,
  traces: PersonTraces,
  { exceptPartnerId }: { exceptPartnerId?: string } = {},
): Promise<ErasedCounts> {
  const needles = traceNeedles(traces);
  const patterns = tracePatterns(traces);
  const none: ErasedCounts = {
    answersRemoved: 0,
    textsRedacted: 0,
    auditEntries: 0,
    importFiles: 0,
    geocoderAnswers: 0,
  };
  if (!needles.length) return none;
  const fromInterviews = await eraseFromInterviews(tx, orgId, needles, patterns);
  let texts = fromInterviews.textsRedacted;
  texts += await eraseFromReferrals(tx, orgId, needles, patterns);
  texts += await redactColumns(tx, interactions, orgId, { note: interactions.note }, needles, patterns);
  texts += await redactColumns(tx, stageChanges, orgId, { note: stageChanges.note }, needles, patterns);
  texts += await redactColumns(
    tx,
    followUps,
    orgId,
    { description: followUps.description },
    needles,
    patterns,
  );
  texts += await redactColumns(
    tx,
    contacts,
    orgId,
    { name: contacts.name, role: contacts.role, notes: contacts.notes },
    needles,
    patterns,
  );
  texts += await redactColumns(
    tx,
    partners,
    orgId,
    {
      name: partners.name,
      description: partners.description,
      strengths: partners.strengths,
      interests: partners.interests,
      foundViaNote: partners.foundViaNote,
      endedReason: partners.endedReason,
      priorityCommunities: partners.priorityCommunities,
    },
    needles,
    patterns,
    exceptPartnerId ? sql`${partners.id} <> ${exceptPartnerId}` : undefined,
  );
  const fromJson = await eraseFromJson(tx, orgId, needles, patterns);
  return { answersRemoved: fromInterviews.answersRemoved, textsRedacted: texts, ...fromJson };
}

/** Ids of rows that point at a partner, for the erasers that need them. */
export async function idsOf(
  tx: Db,
  table: typeof interviews | typeof referrals | typeof contacts,
  orgId: string,
  partnerId: string,
): Promise<string[]> {
  const t = table as typeof contacts;
  const rows = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.partnerId, partnerId)));
  return rows.map((row) => row.id);
}
