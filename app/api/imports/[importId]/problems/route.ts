import { getDb } from '@/db';
import { defineRoute } from '@/lib/auth/route';
import { csvBom, csvLine } from '@/lib/csv/cell';
import { getImportJob } from '@/lib/import/queries';
import { problemRows } from '@/lib/import/view';

/**
 * Every row the import cannot take, with the column and the reason, followed by the row's own cells
 * so it can be fixed and imported again. Every cell is guarded against spreadsheet formulas.
 */
export const GET = defineRoute<{ importId: string }>({ role: 'manager' }, async (_request, ctx, params) => {
  const db = await getDb();
  const job = await getImportJob(db, ctx, params.importId);
  if (!job?.mapping) return Response.json({ error: 'That import was not found.' }, { status: 404 });
  if (job.rowsRemovedAt) {
    // Decision 0017: the rows it would repeat are gone, and an empty file would look like no problems.
    return Response.json(
      { error: 'The rows of this file were removed under your data retention setting.' },
      { status: 410 },
    );
  }
  const { header, lines } = await problemRows(db, ctx, job);
  const body = `${csvBom}${csvLine(header)}${lines.map((line) => csvLine(line)).join('')}`;
  const base =
    job.fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[^\w.-]+/g, '-')
      .slice(0, 80) || 'import';
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${base}-problems.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
