import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { importJobs, interviewGuides, interviewInterviewers, interviews, referrals } from '@/db/schema';
import { ensureDefaultGuide } from '@/lib/interviews/builtin';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  createPartner,
  type TestMember,
} from '../factories';
import { createArea, createAreaSet, square } from '../factories/areas';
import { createGuide } from '../factories/interviews';
import { createOwnResource } from '../factories/resources';

// The organizations the page tests (tests/integration/pages.test.ts) open every page with.

/** The records a page's dynamic segments name. */
export type Ids = {
  branchId: string;
  memberId: string;
  partnerId: string;
  guideId: string;
  interviewId: string;
  draftInterviewId: string;
  resourceId: string;
  importId: string;
  areaId: string;
};

export type OrgFixture = Awaited<ReturnType<typeof createOrgFixture>>;

/** An organization with one member per role, two branches, and a staff member at the first. */
export async function createOrgFixture(db: Db, label: string) {
  const members = await createOrganizationWithMembers(db, `${label} Public Library`);
  const branchName = `${label} Central Branch`;
  const otherBranchName = `${label} Riverside Branch`;
  const branch = await createBranch(db, members.org.id, { name: branchName });
  await createBranch(db, members.org.id, { name: otherBranchName });
  const member = await createMember(db, members.org.id, {
    name: `${label} Staffperson`,
    email: `${label.toLowerCase()}.staffperson@example.org`,
    homeBranchId: branch.id,
  });
  const partnerName = `${label} Youth Centre`;
  const partner = await createPartner(db, members.org.id, {
    name: partnerName,
    primaryBranchId: branch.id,
    ownerMembershipId: member.membershipId,
  });
  const guideName = `${label} Listening Guide`;
  const guideQuestion = `${label}: what should the library know?`;
  const { guide } = await createGuide(db, members.org.id, {
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
  await ensureDefaultGuide(db, members.org.id);
  const [builtin] = await db
    .select()
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, members.org.id), isNotNull(interviewGuides.builtinKey)));
  const [done, draft] = await db
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
  await db.insert(interviewInterviewers).values(
    [members.admin, members.manager, members.staff].map((m) => ({
      orgId: members.org.id,
      interviewId: draft!.id,
      membershipId: m.membershipId,
    })),
  );
  await db
    .insert(referrals)
    .values({ orgId: members.org.id, interviewId: done!.id, name: `${members.org.name} referral` });
  const resourceTitle = `${label} Partnership Policy`;
  const resource = await createOwnResource(db, members.org.id, { title: resourceTitle });
  // An import waiting for its review, with a row of its own.
  const importFile = `${label.toLowerCase()}-partners.csv`;
  const importRow = `${label} Imported Garden`;
  const [importJob] = await db
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
  // A service area of the first branch.
  const areaName = `${label} Riverside Service Area`;
  const areaSet = await createAreaSet(db, members.org.id);
  const area = await createArea(db, members.org.id, areaSet.id, {
    name: areaName,
    polygons: square(47.6, -122.3),
    branchId: branch.id,
  });
  return {
    ...members,
    orgName: members.org.name,
    areaName,
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
      areaId: area.id,
    },
  };
}

/** Everything of an organization that must never show to someone it should not. */
export function secretsOf(org: OrgFixture): string[] {
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
