import { getDb } from '@/db';
import { defineRoute } from '@/lib/auth/route';
import { progressOf } from '@/lib/import/progress';
import { getImportProgress } from '@/lib/import/queries';
import { resumeStaleImports } from '@/lib/import/runner';

/** An import's progress, for its progress bar. A job whose runner stopped is picked up again here. */
export const GET = defineRoute<{ importId: string }>({ role: 'manager' }, async (_request, ctx, params) => {
  const db = await getDb();
  const job = await getImportProgress(db, ctx, params.importId);
  if (!job) return Response.json({ error: 'That import was not found.' }, { status: 404 });
  if (job.status === 'queued' || job.status === 'running') await resumeStaleImports(db, ctx.orgId);
  return Response.json(progressOf(job), { headers: { 'Cache-Control': 'no-store' } });
});
