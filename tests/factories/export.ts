import { unzipSync } from 'fflate';
import type { Db } from '@/db/client';
import { importJobs, interviewInterviewers, referrals, resourceHides } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { OrganizationArchive } from '@/lib/export/format';
import { ensureDefaultGuide } from '@/lib/interviews/builtin';
import {
  createBranch,
  createContact,
  createMember,
  createOrganizationWithMembers,
  createPartner,
} from '../factories';
import { createArea, createAreaSet, square } from './areas';
import { createStageChange } from './dashboard';
import { createGuide, createInterview } from './interviews';
import { makeFollowUp, makeInteraction } from './relationships';
import { builtinResource, createOwnResource } from './resources';

/** What a community member said without consent to keep notes: it must never leave the database. */
export const unconsentedAnswer = 'NO-CONSENT: my landlord and my visa';
export const consentedAnswer = 'We want a homework club on Tuesdays';
export const formulaName = '=HYPERLINK("http://evil.example","Click me")';

/**
 * An organization with something of everything the archive holds: partners of every location
 * precision, contacts, interactions with participants, interviews with and without consent (one a
 * draft with pending entries), referrals, stage changes, follow-ups, its own resource and a hidden
 * built-in, and audit entries. Every row is told apart by its content, so a test can pair rows.
 */
export async function createRichOrganization(db: Db, label: string) {
  const members = await createOrganizationWithMembers(db, `${label} Library`);
  const orgId = members.org.id;
  const central = await createBranch(db, orgId, { name: `${label} Central` });
  await createBranch(db, orgId, { name: `${label} Eastside`, latitude: null, longitude: null });
  const liaison = await createMember(db, orgId, {
    name: `${label} Liaison`,
    email: `${label.toLowerCase()}.liaison@example.org`,
    homeBranchId: central.id,
  });
  const serviceAreas = await createAreaSet(db, orgId);
  await createArea(db, orgId, serviceAreas.id, {
    name: `${label} Central area`,
    polygons: square(47.9, -122.2, 0.05),
    branchId: central.id,
    updatedByUserId: liaison.userId,
  });
  const neighbourhoods = await createAreaSet(db, orgId, { name: 'Neighbourhoods', kind: 'custom' });
  await createArea(db, orgId, neighbourhoods.id, {
    name: `${label} Riverside`,
    polygons: [...square(47.9, -122.2), ...square(47.95, -122.25)],
  });
  const former = await createMember(db, orgId, {
    name: `${label} Former`,
    email: `${label.toLowerCase()}.former@example.org`,
    active: false,
  });
  const exact = await createPartner(db, orgId, {
    name: `${label} Teen Center`,
    sectors: ['youth_serving', 'arts_culture'],
    agesServed: ['teens'],
    priorityCommunities: ['Spanish-speaking families'],
    address: '12 River Rd',
    latitude: 47.905212,
    longitude: -122.210134,
    primaryBranchId: central.id,
    ownerMembershipId: liaison.membershipId,
    stage: 'collaborating',
    depth: 'cooperating',
    formality: 'mou_contract',
    nextFollowUpOn: '2026-12-15',
    foundVia: 'outreach',
  });
  const approximate = await createPartner(db, orgId, {
    name: `${label} Rosa Alvarez`,
    category: 'individual',
    address: 'Near Casino Rd',
    phone: '425-555-0190',
    latitude: 47.910256,
    longitude: -122.227131,
    locationPrecision: 'approximate',
    stage: 'connected',
  });
  const hidden = await createPartner(db, orgId, {
    name: `${label} Home Daycare`,
    category: 'individual',
    address: '18 Hidden Lane',
    latitude: 47.8701,
    longitude: -121.9602,
    locationPrecision: 'hidden',
  });
  const formula = await createPartner(db, orgId, {
    name: formulaName,
    description: '@SUM(A1:A9)',
    latitude: 47.8,
    longitude: -122.1,
  });
  // Made by a spreadsheet import: the archive leaves the import (working state) out.
  const [job] = await db
    .insert(importJobs)
    .values({
      orgId,
      fileName: 'partners.csv',
      fileKind: 'csv',
      fileBytes: 120,
      status: 'done',
      table: { headers: [], rows: [], rowNumbers: [], unit: 'row', notes: [] },
    })
    .returning();
  const archived = await createPartner(db, orgId, {
    importJobId: job!.id,
    name: `${label} Old Club <b>&</b>`,
    stage: 'ended',
    endedReason: 'Moved away',
    archivedAt: new Date('2026-01-05T10:00:00Z'),
  });
  await createContact(db, orgId, exact.id, {
    name: `${label} Mia Carter`,
    role: 'Director',
    email: 'mia@teen.example',
    phone: '360-555-0142',
    notes: '+1 prefers texts',
  });
  await createContact(db, orgId, exact.id, { name: `${label} Front Desk`, shareWithViewers: true });

  const meeting = await makeInteraction(db, orgId, exact.id, {
    occurredOn: '2026-10-01',
    note: `${label} planning meeting`,
    participants: [liaison.membershipId, members.staff.membershipId],
  });
  await makeInteraction(db, orgId, approximate.id, {
    occurredOn: '2026-10-20',
    kind: 'call',
    note: `${label} first call`,
    participants: [members.manager.membershipId],
  });

  const { guide, version } = await createGuide(db, orgId, { name: `${label} Listening Guide` });
  await ensureDefaultGuide(db, orgId);
  const [q1, q2] = version.sections[0]!.questions;
  const consented = await createInterview(db, orgId, version.id, {
    partnerId: exact.id,
    intervieweeName: `${label} Ana Lopez`,
    heldOn: '2026-10-02',
    status: 'complete',
    completedAt: new Date('2026-10-02T18:00:00Z'),
    completedByUserId: liaison.userId,
    consentRecordedAt: new Date('2026-10-02T17:00:00Z'),
    consentNotes: true,
    consentName: true,
    answers: { [q1!.id]: consentedAnswer, [q2!.id]: 'The library' },
    takeaways: ['Homework help matters'],
    themes: ['homework', 'evenings'],
  });
  // An older row that still holds an answer without consent: the archive must not carry it.
  const unconsented = await createInterview(db, orgId, version.id, {
    partnerId: approximate.id,
    intervieweeName: `${label} Private Person`,
    heldOn: '2026-10-21',
    status: 'complete',
    completedAt: new Date('2026-10-21T18:00:00Z'),
    consentRecordedAt: new Date('2026-10-21T17:00:00Z'),
    consentNotes: false,
    answers: { [q1!.id]: unconsentedAnswer },
    takeaways: ['Wants quieter spaces'],
  });
  const draft = await createInterview(db, orgId, version.id, {
    intervieweeName: `${label} Draft Person`,
    heldOn: '2026-11-20',
    pending: {
      followUps: [
        {
          key: 'f1',
          description: 'Send the flyer',
          assigneeMembershipId: liaison.membershipId,
          dueOn: '2026-12-01',
        },
      ],
      referrals: [],
    },
  });
  await db.insert(interviewInterviewers).values([
    { orgId, interviewId: consented.id, membershipId: liaison.membershipId },
    { orgId, interviewId: draft.id, membershipId: members.staff.membershipId },
  ]);
  await db.insert(referrals).values([
    {
      orgId,
      interviewId: consented.id,
      name: `${label} Pastor Jim`,
      howToReach: 'church office',
      status: 'became_partner',
      partnerId: hidden.id,
    },
    { orgId, interviewId: consented.id, name: `${label} Coach Lee`, maySayWhoSuggested: true },
  ]);
  await createStageChange(db, orgId, exact.id, { toStage: 'identified', changedAt: '2026-09-01T10:00:00Z' });
  await createStageChange(db, orgId, exact.id, {
    fromStage: 'identified',
    toStage: 'collaborating',
    changedAt: '2026-10-02T19:00:00Z',
  });
  const followUp = await makeFollowUp(db, orgId, {
    assigneeMembershipId: liaison.membershipId,
    dueOn: '2026-12-15',
    partnerId: exact.id,
    description: `${label} send the MOU draft`,
  });
  await makeFollowUp(db, orgId, {
    assigneeMembershipId: former.membershipId,
    dueOn: '2026-10-05',
    partnerId: formula.id,
    description: `${label} thank-you note`,
    status: 'done',
  });
  const resource = await createOwnResource(db, orgId, {
    title: `${label} Partnership Policy`,
    year: 2025,
    url: 'https://example.org/policy',
    createdByUserId: members.admin.userId,
  });
  const slides = await builtinResource(db, 'building-community-relationships-slides');
  await db
    .insert(resourceHides)
    .values({ orgId, resourceId: slides.id, hiddenByUserId: members.admin.userId });
  const actor = { orgId, userId: members.admin.userId };
  await recordAudit(db, actor, {
    action: 'partner.create',
    entityType: 'partner',
    entityId: exact.id,
    after: { name: exact.name, ownerMembershipId: liaison.membershipId },
  });
  await recordAudit(db, actor, {
    action: 'resource.create',
    entityType: 'resource',
    entityId: resource.id,
    after: { title: resource.title },
  });
  return {
    ...members,
    liaison,
    former,
    partners: { exact, approximate, hidden, formula, archived },
    interviews: { consented, unconsented, draft },
    meeting,
    followUp,
    guide,
  };
}

/** The files of a zip download, as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

export function archiveOf(files: Record<string, string>): OrganizationArchive {
  return JSON.parse(files['organization.json']!) as OrganizationArchive;
}
