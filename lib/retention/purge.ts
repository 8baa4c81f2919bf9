import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { interviews, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { todayIn } from '@/lib/dates/sql';
import { purgeGeocodeCache } from '@/lib/geocoding/cache';
import { purgeImportFiles } from '@/lib/import/file-rows';

/** What one pass removed from one organization: counts only, never what was removed. */
export type PurgeCounts = {
  /** Interviews whose answers were removed (the interviews themselves stay). */
  interviewAnswers: number;
  /** Import jobs whose uploaded rows were dropped. */
  importFiles: number;
  /** Uploads that were never imported, deleted whole. */
  importUploads: number;
  /** Remembered address lookups forgotten. */
  geocodeLookups: number;
};

export const noPurge: PurgeCounts = {
  interviewAnswers: 0,
  importFiles: 0,
  importUploads: 0,
  geocodeLookups: 0,
};

/**
 * The first day whose interviews keep their answers: today in the organization's zone (lib/dates)
 * less the period, so answers go when the library's own calendar says so.
 */
const firstKeptDay = (months: number, timeZone: string) =>
  sql`(${todayIn(timeZone)} - make_interval(months => ${months}))::date`;

/** Interviews held before the period that still hold answers. */
export const answersPastDate = (orgId: string, months: number, timeZone: string) =>
  and(
    eq(interviews.orgId, orgId),
    sql`${interviews.answers} <> '{}'::jsonb`,
    lt(interviews.heldOn, firstKeptDay(months, timeZone)),
  );

/**
 * Removes the answers of the organization's interviews held before the period, drafts included.
 * The interview, its consent, takeaways, themes, follow-ups and referrals stay; `answersRemovedAt`
 * lets its page say why there are no answers. The version moves on, so a draft still open on
 * someone's screen cannot save the removed answers back (it is refused as changed meanwhile).
 */
async function purgeInterviewAnswers(
  tx: Db,
  orgId: string,
  keep: { months: number; timeZone: string },
  actorUserId: string | null,
) {
  const rows = await tx
    .update(interviews)
    .set({
      answers: {},
      answersRemovedAt: sql`now()`,
      version: sql`${interviews.version} + 1`,
      updatedByUserId: actorUserId,
      updatedAt: sql`now()`,
    })
    .where(answersPastDate(orgId, keep.months, keep.timeZone))
    .returning({ id: interviews.id });
  return rows.length;
}

/**
 * Removes everything of one organization that its retention settings say is past its date, in one
 * transaction, and records an audit entry of the counts when anything went. `actorUserId` is the
 * admin who asked for it now, or null for the daily task and the command line ("System").
 */
export async function purgeOrganization(
  db: Db,
  orgId: string,
  actorUserId: string | null,
): Promise<PurgeCounts> {
  return db.transaction(async (tx) => {
    // Locked so that a settings change waits for the pass that reads the old settings.
    const [org] = await tx
      .select({
        interviewAnswersKeepMonths: organizations.interviewAnswersKeepMonths,
        importFilesKeepDays: organizations.importFilesKeepDays,
        timeZone: organizations.timeZone,
      })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for('update');
    if (!org) return noPurge;
    const interviewAnswers =
      org.interviewAnswersKeepMonths === null
        ? 0
        : await purgeInterviewAnswers(
            tx,
            orgId,
            { months: org.interviewAnswersKeepMonths, timeZone: org.timeZone },
            actorUserId,
          );
    const imports = await purgeImportFiles(tx, orgId, org.importFilesKeepDays);
    const geocodeLookups = await purgeGeocodeCache(tx, orgId);
    const counts: PurgeCounts = {
      interviewAnswers,
      importFiles: imports.filesEmptied,
      importUploads: imports.uploadsDeleted,
      geocodeLookups,
    };
    if (Object.values(counts).some((n) => n > 0)) {
      await recordAudit(
        tx,
        { orgId, userId: actorUserId },
        {
          action: 'retention.purge',
          entityType: 'organization',
          entityId: orgId,
          after: {
            ...counts,
            interviewAnswersKeepMonths: org.interviewAnswersKeepMonths,
            importFilesKeepDays: org.importFilesKeepDays,
          },
        },
      );
    }
    return counts;
  });
}
