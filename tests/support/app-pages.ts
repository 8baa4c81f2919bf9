import type { ReactNode } from 'react';
import AccountPage from '@/app/(app)/account/page';
import ChangePasswordPage from '@/app/(app)/account/password/page';
import DashboardPage from '@/app/(app)/dashboard/page';
import FollowUpsPage from '@/app/(app)/follow-ups/page';
import ConductInterviewPage from '@/app/(app)/interviews/[interviewId]/conduct/page';
import EditInterviewPage from '@/app/(app)/interviews/[interviewId]/edit/page';
import InterviewPage from '@/app/(app)/interviews/[interviewId]/page';
import EditGuidePage from '@/app/(app)/interviews/guides/[guideId]/edit/page';
import PrintGuidePage from '@/app/(app)/interviews/guides/[guideId]/print/page';
import NewGuidePage from '@/app/(app)/interviews/guides/new/page';
import GuidesPage from '@/app/(app)/interviews/guides/page';
import NewInterviewPage from '@/app/(app)/interviews/new/page';
import InterviewsPage from '@/app/(app)/interviews/page';
import ReferralsPage from '@/app/(app)/interviews/referrals/page';
import MapPage from '@/app/(app)/map/page';
import MapPrintPage from '@/app/(app)/map/print/page';
import HomePage from '@/app/(app)/page';
import EditPartnerPage from '@/app/(app)/partners/[partnerId]/edit/page';
import PartnerPage from '@/app/(app)/partners/[partnerId]/page';
import PartnerBoardPage from '@/app/(app)/partners/board/page';
import ImportPage from '@/app/(app)/partners/import/[importId]/page';
import ImportsPage from '@/app/(app)/partners/import/page';
import NewPartnerPage from '@/app/(app)/partners/new/page';
import PartnersPage from '@/app/(app)/partners/page';
import EditResourcePage from '@/app/(app)/resources/[resourceId]/edit/page';
import NewResourcePage from '@/app/(app)/resources/new/page';
import ResourcesPage from '@/app/(app)/resources/page';
import EditAreaPage from '@/app/(app)/settings/areas/[areaId]/page';
import NewAreaPage from '@/app/(app)/settings/areas/new/page';
import AreasPage from '@/app/(app)/settings/areas/page';
import AuditLogPage from '@/app/(app)/settings/audit/page';
import EditBranchPage from '@/app/(app)/settings/branches/[branchId]/page';
import NewBranchPage from '@/app/(app)/settings/branches/new/page';
import BranchesPage from '@/app/(app)/settings/branches/page';
import ExportPage from '@/app/(app)/settings/export/page';
import MailSettingsPage from '@/app/(app)/settings/mail/page';
import OrganizationSettingsPage from '@/app/(app)/settings/organization/page';
import SettingsPage from '@/app/(app)/settings/page';
import SignInSettingsPage from '@/app/(app)/settings/sign-in/page';
import MemberPage from '@/app/(app)/settings/staff/[memberId]/page';
import NewMemberPage from '@/app/(app)/settings/staff/new/page';
import StaffPage from '@/app/(app)/settings/staff/page';
import type { Ids, OrgFixture } from './page-fixture';

// Every page under app/(app), with who may open it and what it shows (tests/integration/pages.test.ts).

export type AppPage = {
  /** The page's folder under app/(app), as the file system has it. */
  dir: string;
  Page: (props: never) => Promise<ReactNode>;
  /** `member`: opens for every role; `staff`, `manager` or `admin`: shows NoAccess to roles below it. */
  opensFor: 'member' | 'staff' | 'manager' | 'admin';
  /** The page's dynamic segments, filled from the organization under test. */
  params?: (ids: Ids) => Record<string, string>;
  /** Where the page sends an admin instead of rendering. */
  adminRedirect?: string;
  /** Text an admin of the organization sees on it: proof the page rendered for real. */
  shows: (org: OrgFixture) => string[];
};

/** Every page under app/(app). A new page fails the first test of pages.test.ts until it is listed here. */
export const pages: AppPage[] = [
  { dir: '', Page: HomePage, opensFor: 'member', shows: (o) => ['Welcome,', o.branchName] },
  {
    dir: 'account',
    Page: AccountPage,
    opensFor: 'member',
    shows: () => ['Your account', 'Where you are signed in', 'This browser', 'Sign out everywhere'],
  },
  {
    dir: 'account/password',
    Page: ChangePasswordPage,
    opensFor: 'member',
    shows: () => ['Change password', 'New password'],
  },
  {
    dir: 'settings',
    Page: SettingsPage,
    opensFor: 'admin',
    adminRedirect: '/settings/organization',
    shows: () => [],
  },
  {
    dir: 'settings/organization',
    Page: OrganizationSettingsPage,
    opensFor: 'admin',
    shows: (o) => [o.orgName],
  },
  {
    dir: 'settings/branches',
    Page: BranchesPage,
    opensFor: 'admin',
    shows: (o) => [o.branchName, o.otherBranchName],
  },
  { dir: 'settings/branches/new', Page: NewBranchPage, opensFor: 'admin', shows: (o) => [o.orgName] },
  {
    dir: 'settings/branches/[branchId]',
    Page: EditBranchPage,
    opensFor: 'admin',
    params: (ids) => ({ branchId: ids.branchId }),
    shows: (o) => [o.branchName],
  },
  {
    dir: 'settings/staff',
    Page: StaffPage,
    opensFor: 'admin',
    shows: (o) => [o.orgName, ...[o.admin, o.manager, o.staff, o.viewer, o.member].map((m) => m.email)],
  },
  { dir: 'settings/staff/new', Page: NewMemberPage, opensFor: 'admin', shows: (o) => [o.branchName] },
  {
    dir: 'settings/staff/[memberId]',
    Page: MemberPage,
    opensFor: 'admin',
    params: (ids) => ({ memberId: ids.memberId }),
    shows: (o) => [o.member.name, o.member.email, o.branchName],
  },
  { dir: 'settings/areas', Page: AreasPage, opensFor: 'admin', shows: (o) => ['Service areas', o.areaName] },
  {
    dir: 'settings/areas/[areaId]',
    Page: EditAreaPage,
    opensFor: 'admin',
    params: (ids) => ({ areaId: ids.areaId }),
    shows: (o) => [o.areaName, o.branchName],
  },
  { dir: 'settings/areas/new', Page: NewAreaPage, opensFor: 'admin', shows: () => ['Draw a new area'] },
  { dir: 'settings/audit', Page: AuditLogPage, opensFor: 'admin', shows: () => ['Audit log'] },
  {
    dir: 'settings/mail',
    Page: MailSettingsPage,
    opensFor: 'admin',
    shows: () => ['Mail server', 'Send a test message'],
  },
  {
    dir: 'settings/sign-in',
    Page: SignInSettingsPage,
    opensFor: 'admin',
    shows: () => ['Your identity provider', 'Allowed email domains'],
  },
  {
    dir: 'settings/export',
    Page: ExportPage,
    opensFor: 'admin',
    shows: (o) => ['Download the archive', 'Restore from an archive', o.orgName],
  },
  { dir: 'map', Page: MapPage, opensFor: 'member', shows: () => ['Map of partners'] },
  {
    dir: 'map/print',
    Page: MapPrintPage,
    opensFor: 'member',
    shows: (o) => [
      'Print or save the map',
      `Partners of ${o.orgName}`,
      'All partners, archived ones left out.',
    ],
  },
  {
    dir: 'dashboard',
    Page: DashboardPage,
    opensFor: 'member',
    shows: (o) => ['Partners per branch', o.branchName],
  },
  { dir: 'follow-ups', Page: FollowUpsPage, opensFor: 'staff', shows: () => ['My follow-ups', 'Overdue'] },
  { dir: 'partners', Page: PartnersPage, opensFor: 'member', shows: (o) => [o.partnerName, o.branchName] },
  {
    dir: 'partners/board',
    Page: PartnerBoardPage,
    opensFor: 'member',
    shows: (o) => ['Partner board', o.partnerName, o.member.name],
  },
  {
    dir: 'partners/new',
    Page: NewPartnerPage,
    opensFor: 'staff',
    shows: (o) => [o.branchName, o.member.name],
  },
  {
    dir: 'partners/[partnerId]',
    Page: PartnerPage,
    opensFor: 'member',
    params: (ids) => ({ partnerId: ids.partnerId }),
    shows: (o) => [o.partnerName, o.branchName, o.member.name],
  },
  {
    dir: 'partners/[partnerId]/edit',
    Page: EditPartnerPage,
    opensFor: 'staff',
    params: (ids) => ({ partnerId: ids.partnerId }),
    shows: (o) => [o.partnerName, o.branchName],
  },
  {
    dir: 'interviews',
    Page: InterviewsPage,
    opensFor: 'member',
    shows: (o) => [o.partnerName, 'Community Leader Interview Guide'],
  },
  {
    dir: 'interviews/new',
    Page: NewInterviewPage,
    opensFor: 'staff',
    shows: () => ['Community Leader Interview Guide'],
  },
  {
    dir: 'interviews/[interviewId]',
    Page: InterviewPage,
    opensFor: 'member',
    params: (ids) => ({ interviewId: ids.interviewId }),
    shows: (o) => [o.partnerName, 'Teens want evening hours'],
  },
  {
    dir: 'interviews/[interviewId]/conduct',
    Page: ConductInterviewPage,
    opensFor: 'staff',
    params: (ids) => ({ interviewId: ids.draftInterviewId }),
    shows: (o) => [o.partnerName, 'Record consent and begin'],
  },
  {
    dir: 'interviews/[interviewId]/edit',
    Page: EditInterviewPage,
    opensFor: 'staff',
    params: (ids) => ({ interviewId: ids.draftInterviewId }),
    shows: (o) => [o.partnerName, 'Interview details'],
  },
  {
    dir: 'interviews/referrals',
    Page: ReferralsPage,
    opensFor: 'staff',
    shows: (o) => [`${o.orgName} referral`],
  },
  {
    dir: 'interviews/guides',
    Page: GuidesPage,
    opensFor: 'member',
    shows: (o) => [o.guideName, 'Community Leader Interview Guide'],
  },
  {
    dir: 'interviews/guides/new',
    Page: NewGuidePage,
    opensFor: 'manager',
    shows: () => ['New interview guide'],
  },
  {
    dir: 'interviews/guides/[guideId]/edit',
    Page: EditGuidePage,
    opensFor: 'manager',
    params: (ids) => ({ guideId: ids.guideId }),
    shows: (o) => [o.guideName, o.guideQuestion],
  },
  {
    dir: 'interviews/guides/[guideId]/print',
    Page: PrintGuidePage,
    opensFor: 'member',
    params: (ids) => ({ guideId: ids.guideId }),
    shows: (o) => [o.guideName, o.guideQuestion, o.orgName],
  },
  {
    dir: 'resources',
    Page: ResourcesPage,
    opensFor: 'member',
    shows: (o) => [o.resourceTitle, 'Building Community Relationships for Better Library Services'],
  },
  {
    dir: 'partners/import',
    Page: ImportsPage,
    opensFor: 'manager',
    shows: (o) => ['Upload a file', o.importFile],
  },
  {
    dir: 'partners/import/[importId]',
    Page: ImportPage,
    opensFor: 'manager',
    params: (ids) => ({ importId: ids.importId }),
    shows: (o) => [o.importFile, o.importRow, 'Start the import'],
  },
  { dir: 'resources/new', Page: NewResourcePage, opensFor: 'manager', shows: (o) => [o.orgName] },
  {
    dir: 'resources/[resourceId]/edit',
    Page: EditResourcePage,
    opensFor: 'manager',
    params: (ids) => ({ resourceId: ids.resourceId }),
    shows: (o) => [o.resourceTitle],
  },
];
