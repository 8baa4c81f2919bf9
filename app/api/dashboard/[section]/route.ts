import { defineRoute } from '@/lib/auth/route';
import { dashboardCsv, dashboardCsvFilename } from '@/lib/dashboard/csv';
import { parseDashboardFilter, resolvePeriod } from '@/lib/dashboard/filters';
import { canSeeStaffActivity, isDashboardSection } from '@/lib/dashboard/load';
import { loadSectionDownload } from '@/lib/dashboard/loaders';
import { sectionTable, sectionTitles } from '@/lib/dashboard/tables';
import { today as todayIn } from '@/lib/dates';

/**
 * The numbers behind one dashboard section as CSV, for the same filters as the page (branch, owner,
 * period from the query string). Every member may download, except staff activity, which names
 * people and is for managers and admins.
 */
export const GET = defineRoute<{ section: string }>({ role: 'viewer' }, async (request, ctx, { section }) => {
  if (!isDashboardSection(section)) {
    return Response.json({ error: 'There is no such dashboard section.' }, { status: 404 });
  }
  if (section === 'staff-activity' && !canSeeStaffActivity(ctx.role)) {
    return Response.json({ error: 'Only managers and admins see staff activity.' }, { status: 403 });
  }
  const filter = parseDashboardFilter(new URL(request.url).searchParams);
  const now = new Date();
  const { period, errors } = resolvePeriod(filter, todayIn(ctx.timeZone, now));
  if (errors.from || errors.to) {
    return Response.json({ error: errors.from ?? errors.to }, { status: 400 });
  }
  const { data, names } = await loadSectionDownload(ctx, section, filter, period, now);
  return new Response(dashboardCsv(sectionTable(section, data)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${dashboardCsvFilename(sectionTitles[section], period, names)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
