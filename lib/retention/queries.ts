import 'server-only';
import { and, count, desc, eq, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEntries, importJobs, interviews, organizations } from '@/db/schema';
import { expiredFiles, expiredUploads, undoneWithRows } from '@/lib/import/file-rows';
import { readTask } from '@/lib/scheduler/lease';
import { answersPastDate } from './purge';
import { retentionTask } from './run';

type Ctx = { orgId: string };

/** The organization's retention settings, what is past its date now, and when the pass last ran. */
export async function getRetentionOverview(db: Db, ctx: Ctx) {
  const [org] = await db
    .select({
      interviewAnswersKeepMonths: organizations.interviewAnswersKeepMonths,
      importFilesKeepDays: organizations.importFilesKeepDays,
      timeZone: organizations.timeZone,
      version: organizations.version,
    })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  if (!org) throw new Error('The organization of the session no longer exists.');
  const [answers] =
    org.interviewAnswersKeepMonths === null
      ? [{ n: 0 }]
      : await db
          .select({ n: count() })
          .from(interviews)
          .where(answersPastDate(ctx.orgId, org.interviewAnswersKeepMonths, org.timeZone));
  const [files] = await db
    .select({ n: count() })
    .from(importJobs)
    .where(
      or(
        expiredUploads(ctx.orgId, org.importFilesKeepDays),
        undoneWithRows(ctx.orgId),
        expiredFiles(ctx.orgId, org.importFilesKeepDays),
      ),
    );
  const task = await readTask(db, retentionTask.name);
  const [lastPurge] = await db
    .select({ at: auditEntries.createdAt, after: auditEntries.after })
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, ctx.orgId), eq(auditEntries.action, 'retention.purge')))
    .orderBy(desc(auditEntries.createdAt))
    .limit(1);
  return {
    interviewAnswersKeepMonths: org.interviewAnswersKeepMonths,
    importFilesKeepDays: org.importFilesKeepDays,
    version: org.version,
    /** What the next pass would remove now. */
    pastDate: { interviewAnswers: answers?.n ?? 0, importFiles: files?.n ?? 0 },
    /** When the daily pass (for every organization) last ended well, and whether the latest failed. */
    lastRunAt: task?.lastSucceededAt ?? null,
    lastRunFailed: Boolean(task?.lastError),
    /** When something of this organization was last removed. */
    lastPurgeAt: lastPurge?.at ?? null,
  };
}

export type RetentionOverview = Awaited<ReturnType<typeof getRetentionOverview>>;
