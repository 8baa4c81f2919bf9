import { defineRoute } from '@/lib/auth/route';
import { loadImportProgress } from '@/lib/import/pages';

/** An import's progress, for its progress bar. A job whose runner stopped is picked up again here. */
export const GET = defineRoute<{ importId: string }>({ role: 'manager' }, async (_request, ctx, params) => {
  const progress = await loadImportProgress(ctx, params.importId);
  if (!progress) return Response.json({ error: 'That import was not found.' }, { status: 404 });
  return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } });
});
