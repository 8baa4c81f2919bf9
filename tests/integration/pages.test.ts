import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import AuditLogPage from '@/app/(app)/settings/audit/page';
import EditBranchPage from '@/app/(app)/settings/branches/[branchId]/page';
import NewBranchPage from '@/app/(app)/settings/branches/new/page';
import BranchesPage from '@/app/(app)/settings/branches/page';
import ExportPage from '@/app/(app)/settings/export/page';
import MailSettingsPage from '@/app/(app)/settings/mail/page';
import OrganizationSettingsPage from '@/app/(app)/settings/organization/page';
import SettingsPage from '@/app/(app)/settings/page';
import MemberPage from '@/app/(app)/settings/staff/[memberId]/page';
import NewMemberPage from '@/app/(app)/settings/staff/new/page';
import StaffPage from '@/app/(app)/settings/staff/page';
import { importJobs, interviewGuides, interviewInterviewers, interviews, referrals } from '@/db/schema';
import { roleAtLeast } from '@/lib/auth/roles';
import { ensureDefaultGuide } from '@/lib/interviews/builtin';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  createPartner,
  signInAs,
  type TestMember,
} from '../factories';
import { createGuide } from '../factories/interviews';
import { createOwnResource } from '../factories/resources';
import { useTestDatabase } from '../support/database';
import { expectNotFound, expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// Each page behind sign-in must refuse callers itself: proxy.ts only redirects early, and a page
// renders independently of (even before) its layouts, so neither is a security boundary
// (https://github.com/vercel/next.js/discussions/53026). These tests call the pages the way
// Next.js does, with no proxy and no layout around them.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Ids = {
  branchId: string;
  memberId: string;
  partnerId: string;
  guideId: string;
  interviewId: string;
  draftInterviewId: string;
  resourceId: string;
  importId: string;
};

type PageEntry = {
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

/** Every page under app/(app). A new page fails the first test below until it is listed here. */
const pages: PageEntry[] = [
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
  { dir: 'settings/audit', Page: AuditLogPage, opensFor: 'admin', shows: () => ['Audit log'] },
  {
    dir: 'settings/mail',
    Page: MailSettingsPage,
    opensFor: 'admin',
    shows: () => ['Mail server', 'Send a test message'],
  },
  {
    dir: 'settings/export',
    Page: ExportPage,
    opensFor: 'admin',
    shows: (o) => ['Download the archive', 'Restore from an archive', o.orgName],
  },
  { dir: 'map', Page: MapPage, opensFor: 'member', shows: () => ['Map of partners'] },
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

const passwordPage = pages.find((page) => page.dir === 'account/password')!;
const settingsPages = pages.filter((page) => page.opensFor === 'admin');
const memberPages = pages.filter((page) => page.opensFor === 'member');
const staffPages = pages.filter((page) => page.opensFor === 'staff');
const managerPages = pages.filter((page) => page.opensFor === 'manager');
const noAccessHeading = 'You don’t have access to';

/** Test cases named by the page's address, e.g. "/settings/staff/[memberId]". */
function byAddress(list: PageEntry[]) {
  return list.map((entry) => [`/${entry.dir}`, entry] as const);
}

type OrgFixture = Awaited<ReturnType<typeof createOrgFixture>>;

/** An organization with one member per role, two branches, and a staff member at the first. */
async function createOrgFixture(label: string) {
  const members = await createOrganizationWithMembers(t.db, `${label} Public Library`);
  const branchName = `${label} Central Branch`;
  const otherBranchName = `${label} Riverside Branch`;
  const branch = await createBranch(t.db, members.org.id, { name: branchName });
  await createBranch(t.db, members.org.id, { name: otherBranchName });
  const member = await createMember(t.db, members.org.id, {
    name: `${label} Staffperson`,
    email: `${label.toLowerCase()}.staffperson@example.org`,
    homeBranchId: branch.id,
  });
  const partnerName = `${label} Youth Centre`;
  const partner = await createPartner(t.db, members.org.id, {
    name: partnerName,
    primaryBranchId: branch.id,
    ownerMembershipId: member.membershipId,
  });
  const guideName = `${label} Listening Guide`;
  const guideQuestion = `${label}: what should the library know?`;
  const { guide } = await createGuide(t.db, members.org.id, {
    name: guideName,
    sections: [
      {
        id: 'intro',
        title: 'Opening',
        hint: '',
        questions: [{ id: 'q1', kind: 'long_text', prompt: guideQuestion, hint: '', options: [] }],
      },
    ],
  });
  // A completed interview with the partner (and a referral), and a draft its staff are holding.
  await ensureDefaultGuide(t.db, members.org.id);
  const [builtin] = await t.db
    .select()
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, members.org.id), isNotNull(interviewGuides.builtinKey)));
  const [done, draft] = await t.db
    .insert(interviews)
    .values([
      {
        orgId: members.org.id,
        guideVersionId: builtin!.currentVersionId!,
        partnerId: partner.id,
        heldOn: '2026-11-02',
        status: 'complete' as const,
        takeaways: ['Teens want evening hours'],
      },
      {
        orgId: members.org.id,
        guideVersionId: builtin!.currentVersionId!,
        partnerId: partner.id,
        heldOn: '2026-11-20',
      },
    ])
    .returning();
  await t.db.insert(interviewInterviewers).values(
    [members.admin, members.manager, members.staff].map((m) => ({
      orgId: members.org.id,
      interviewId: draft!.id,
      membershipId: m.membershipId,
    })),
  );
  await t.db
    .insert(referrals)
    .values({ orgId: members.org.id, interviewId: done!.id, name: `${members.org.name} referral` });
  const resourceTitle = `${label} Partnership Policy`;
  const resource = await createOwnResource(t.db, members.org.id, { title: resourceTitle });
  // An import waiting for its review, with a row of its own.
  const importFile = `${label.toLowerCase()}-partners.csv`;
  const importRow = `${label} Imported Garden`;
  const [importJob] = await t.db
    .insert(importJobs)
    .values({
      orgId: members.org.id,
      createdByUserId: members.manager.userId,
      fileName: importFile,
      fileKind: 'csv',
      fileBytes: 40,
      status: 'review',
      table: { headers: ['Name'], rows: [[importRow]], rowNumbers: [2], unit: 'row', notes: [] },
      totalRows: 1,
      mapping: {
        columns: ['name'],
        values: {},
        defaults: { category: 'physical_space', stage: 'identified', branchId: '' },
      },
    })
    .returning();
  return {
    ...members,
    orgName: members.org.name,
    resourceTitle,
    importFile,
    importRow,
    guideName,
    guideQuestion,
    branchName,
    otherBranchName,
    member,
    partnerName,
    ids: {
      branchId: branch.id,
      memberId: member.membershipId,
      partnerId: partner.id,
      guideId: guide.id,
      interviewId: done!.id,
      draftInterviewId: draft!.id,
      resourceId: resource.id,
      importId: importJob!.id,
    },
  };
}

/** Everything of an organization that must never show to someone it should not. */
function secretsOf(org: OrgFixture): string[] {
  const people: TestMember[] = [org.admin, org.manager, org.staff, org.viewer, org.member];
  return [
    org.orgName,
    org.branchName,
    org.otherBranchName,
    org.partnerName,
    org.guideName,
    org.guideQuestion,
    org.resourceTitle,
    org.importFile,
    org.importRow,
    ...people.flatMap((person) => [person.name, person.email]),
  ];
}

/** Calls the page as Next.js would: params and searchParams are promises. */
function call(entry: PageEntry, ids: Ids): Promise<ReactNode> {
  const Page = entry.Page as unknown as (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  }) => Promise<ReactNode>;
  return Page({ params: Promise.resolve(entry.params?.(ids) ?? {}), searchParams: Promise.resolve({}) });
}

/** The page's HTML as the server would send it (client components and async server components included). */
async function render(entry: PageEntry, ids: Ids): Promise<string> {
  return renderToHtml(await call(entry, ids));
}

function expectNoneOf(html: string, secrets: string[]) {
  for (const secret of secrets) expect(html, `the page shows “${secret}”`).not.toContain(secret);
}

let a: OrgFixture;
let b: OrgFixture;
let mustChangePassword: TestMember;

beforeAll(async () => {
  a = await createOrgFixture('Alder');
  b = await createOrgFixture('Birch');
  // An admin, so that a page that forgot the check would have everything to show.
  mustChangePassword = await createMember(t.db, a.org.id, {
    role: 'admin',
    name: 'Alder Newcomer',
    mustChangePassword: true,
  });
});

describe('the list of pages', () => {
  it('names every page under app/(app), so none goes untested', () => {
    const root = fileURLToPath(new URL('../../app/(app)/', import.meta.url));
    const onDisk = readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(path.basename(file)))
      .map((file) => path.dirname(file).split(path.sep).join('/'))
      .map((dir) => (dir === '.' ? '' : dir));
    expect(onDisk.length).toBeGreaterThan(0);
    expect([...onDisk].sort()).toEqual(pages.map((page) => page.dir).sort());
  });
});

describe('a visitor who is not signed in', () => {
  it.each(byAddress(pages))('is sent to sign in from %s', async (_address, entry) => {
    signInAs(null);
    expect(await expectRedirect(() => call(entry, a.ids))).toBe('/sign-in');
  });
});

describe('a member who must still choose a password', () => {
  it.each(byAddress(pages.filter((page) => page !== passwordPage)))(
    'is sent to choose one from %s',
    async (_address, entry) => {
      signInAs(mustChangePassword);
      expect(await expectRedirect(() => call(entry, a.ids))).toBe('/account/password');
    },
  );

  it('can open the password page, which asks for the one-time password', async () => {
    signInAs(mustChangePassword);
    const html = await render(passwordPage, a.ids);
    expect(html).toContain('Choose your password');
    expect(html).toContain('One-time password');
  });
});

describe.each(['viewer', 'staff', 'manager'] as const)('a %s', (role) => {
  it.each(byAddress(settingsPages))(
    'sees only NoAccess at %s, nothing of the organization',
    async (_address, entry) => {
      signInAs(a[role]);
      const html = await render(entry, a.ids);
      expect(html).toContain(noAccessHeading);
      expectNoneOf(html, secretsOf(a));
      expectNoneOf(html, secretsOf(b));
    },
  );

  it.each(
    byAddress([
      ...memberPages,
      ...(roleAtLeast(role, 'staff') ? staffPages : []),
      ...(roleAtLeast(role, 'manager') ? managerPages : []),
    ]),
  )('can open %s', async (_address, entry) => {
    signInAs(a[role]);
    const html = await render(entry, a.ids);
    expect(html).not.toContain(noAccessHeading);
    for (const text of entry.shows(a)) expect(html).toContain(text);
    expectNoneOf(html, secretsOf(b));
  });

  it.each(
    byAddress([
      ...(roleAtLeast(role, 'staff') ? [] : staffPages),
      ...(roleAtLeast(role, 'manager') ? [] : managerPages),
    ]),
  )('sees only NoAccess at %s, nothing of the organization', async (_address, entry) => {
    signInAs(a[role]);
    const html = await render(entry, a.ids);
    expect(html).toContain(noAccessHeading);
    expectNoneOf(html, secretsOf(a));
    expectNoneOf(html, secretsOf(b));
  });
});

describe('an admin', () => {
  it.each(byAddress(pages.filter((page) => !page.adminRedirect)))(
    'opens %s with their own organization’s records and nothing of another’s',
    async (_address, entry) => {
      signInAs(a.admin);
      const html = await render(entry, a.ids);
      expect(html).not.toContain(noAccessHeading);
      for (const text of entry.shows(a)) expect(html).toContain(text);
      expectNoneOf(html, secretsOf(b));
    },
  );

  it.each(byAddress(pages.filter((page) => page.adminRedirect)))(
    'is sent on from %s',
    async (_address, entry) => {
      signInAs(a.admin);
      expect(await expectRedirect(() => call(entry, a.ids))).toBe(entry.adminRedirect);
    },
  );

  it.each(byAddress(pages.filter((page) => page.params)))(
    'gets a 404 at %s for another organization’s record, or one that does not exist',
    async (_address, entry) => {
      signInAs(a.admin);
      await expectNotFound(() => call(entry, b.ids));
      const every = (id: string): Ids => ({
        branchId: id,
        memberId: id,
        partnerId: id,
        guideId: id,
        interviewId: id,
        draftInterviewId: id,
        resourceId: id,
        importId: id,
      });
      await expectNotFound(() => call(entry, every('not-a-uuid')));
      await expectNotFound(() => call(entry, every('00000000-0000-4000-8000-000000000000')));
    },
  );
});
