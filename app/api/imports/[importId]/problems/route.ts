import { defineRoute } from '@/lib/auth/route';
import { importProblemsCsv } from '@/lib/import/pages';

/**
 * Every row the import cannot take, with the column and the reason, followed by the row's own cells
 * so it can be fixed and imported again (lib/import/pages.ts).
 */
export const GET = defineRoute<{ importId: string }>({ role: 'manager' }, async (_request, ctx, params) => {
  const problems = await importProblemsCsv(ctx, params.importId);
  if (problems.status === 'missing') {
    return Response.json({ error: 'That import was not found.' }, { status: 404 });
  }
  if (problems.status === 'removed') {
    // Decision 0017: the rows it would repeat are gone, and an empty file would look like no problems.
    return Response.json(
      { error: 'The rows of this file were removed under your data retention setting.' },
      { status: 410 },
    );
  }
  return new Response(problems.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${problems.fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
