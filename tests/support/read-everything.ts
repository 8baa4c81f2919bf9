import { gunzipSync } from 'node:zlib';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import DashboardPage from '@/app/(app)/dashboard/page';
import FollowUpsPage from '@/app/(app)/follow-ups/page';
import InterviewPage from '@/app/(app)/interviews/[interviewId]/page';
import InterviewsPage from '@/app/(app)/interviews/page';
import ReferralsPage from '@/app/(app)/interviews/referrals/page';
import MapPage from '@/app/(app)/map/page';
import HomePage from '@/app/(app)/page';
import EditPartnerPage from '@/app/(app)/partners/[partnerId]/edit/page';
import PartnerPage from '@/app/(app)/partners/[partnerId]/page';
import PartnerBoardPage from '@/app/(app)/partners/board/page';
import NewPartnerPage from '@/app/(app)/partners/new/page';
import PartnersPage from '@/app/(app)/partners/page';
import AuditLogPage from '@/app/(app)/settings/audit/page';
import { GET as dashboardCsv } from '@/app/api/dashboard/[section]/route';
import { GET as archiveRoute } from '@/app/api/export/archive/route';
import { GET as mapFilesRoute } from '@/app/api/export/partners/route';
import { GET as mapRoute } from '@/app/api/map/route';
import { GET as partnersExport } from '@/app/api/partners/export/route';
import { GET as auditCsv } from '@/app/api/settings/audit/route';
import { sectionTitles } from '@/lib/dashboard/tables';
import { signInAs, type TestMember } from '../factories';
import { unzipText } from '../factories/export';
import type { PrivacyOrganization } from '../factories/privacy';
import { renderToHtml } from './render';

// Reading the app as a role does, for the privacy suite (tests/integration/privacy*.test.ts): pages
// rendered as Next.js renders them and routes called as the browser calls them, their text joined.

export { InterviewPage, mapRoute, NewPartnerPage, PartnerPage, PartnersPage, ReferralsPage };

function isNextEnd(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && /^NEXT_(HTTP_ERROR_FALLBACK|REDIRECT)/.test(digest);
}

type PageFn = (props: never) => Promise<ReactNode>;

export async function page(
  Page: PageFn,
  params: Record<string, string> = {},
  query: Record<string, string> = {},
) {
  const call = Page as unknown as (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string>>;
  }) => Promise<ReactNode>;
  try {
    return await renderToHtml(
      await call({ params: Promise.resolve(params), searchParams: Promise.resolve(query) }),
    );
  } catch (error) {
    // A page that is not this reader's (a draft, another's record) answers 404: nothing read.
    if (isNextEnd(error)) return '';
    throw error;
  }
}

type RouteFn<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export async function route<P>(handler: RouteFn<P>, url: string, params: P): Promise<string> {
  const response = await handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
  if (!response.ok) return '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('gzip')) return new TextDecoder().decode(gunzipSync(bytes));
  if (type.includes('zip')) return Object.values(unzipText(bytes)).join('\n');
  return new TextDecoder().decode(bytes);
}

export const none = {} as Record<string, never>;

/**
 * Everything a member can read of the organization (every page that shows records, every route,
 * CSV and export), as one text to search.
 */
export async function everythingReadBy(member: TestMember, org: PrivacyOrganization): Promise<string> {
  signInAs(member);
  const partnerIds = Object.values(org.partners);
  const interviewIds = Object.values(org.interviews);
  const parts = await Promise.all([
    page(HomePage),
    page(PartnersPage),
    page(PartnersPage, {}, { archived: 'include' }),
    page(PartnerBoardPage),
    page(DashboardPage),
    page(MapPage),
    page(InterviewsPage),
    page(ReferralsPage),
    page(FollowUpsPage),
    page(AuditLogPage),
    page(NewPartnerPage, {}, { referral: org.referralId }),
    ...partnerIds.map((partnerId) => page(PartnerPage, { partnerId })),
    ...partnerIds.map((partnerId) => page(EditPartnerPage, { partnerId })),
    ...interviewIds.map((interviewId) => page(InterviewPage, { interviewId })),
    route(mapRoute, '/api/map?archived=include', none),
    ...partnerIds.map((id) => route(mapRoute, `/api/map?summary=${id}`, none)),
    route(partnersExport, '/api/partners/export?format=csv&archived=include', none),
    route(partnersExport, '/api/partners/export?format=geojson&archived=include', none),
    ...Object.keys(sectionTitles).map((section) =>
      route(dashboardCsv, `/api/dashboard/${section}`, { section }),
    ),
    route(auditCsv, '/api/settings/audit', none),
    route(archiveRoute, '/api/export/archive', none),
    route(mapFilesRoute, '/api/export/partners?format=geojson', none),
    route(mapFilesRoute, '/api/export/partners?format=kml', none),
  ]);
  signInAs(null);
  return parts.join('\n');
}

/** Where a value shows in a text, with a little around it: what a failure needs to say. */
function whereFound(text: string, value: string): string | null {
  const at = text.indexOf(value);
  return at === -1 ? null : text.slice(Math.max(0, at - 160), at + value.length + 60);
}

export function expectAbsent(text: string, values: string[], who: string) {
  for (const value of values) expect(whereFound(text, value), `${who} reads “${value}”`).toBeNull();
}
