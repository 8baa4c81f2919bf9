import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';
import type { DashboardFilter, Period } from '@/lib/dashboard/filters';
import { loadDashboard } from '@/lib/dashboard/load';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  createPartner,
  type TestMember,
} from '../factories';
import {
  createFollowUp,
  createInteraction,
  createInterview,
  createStageChange,
} from '../factories/dashboard';

/** The moment the dashboard tests look from: every expected number is worked out from it. */
export const now = new Date('2026-11-28T12:00:00Z');

export const emptyFilterForTests: Partial<DashboardFilter> = {};

/** The dashboard as `member` sees it, for a filter and period. */
export function loadFor(db: Db, member: TestMember, filter: Partial<DashboardFilter>, period: Period) {
  return loadDashboard(
    db,
    { orgId: member.orgId, role: member.role, timeZone: member.timeZone },
    { branch: null, owner: null, preset: 'custom', customFrom: period.from, customTo: period.to, ...filter },
    period,
    now,
  );
}

/**
 * Alder (the organization under test) and Birch (another one, with records everywhere Alder's
 * numbers could leak from). The comments give the numbers the tests expect.
 */
export async function buildScenario(db: Db) {
  const a = await createOrganizationWithMembers(db, 'Alder Public Library');
  const central = await createBranch(db, a.org.id, { name: 'Alder Central' });
  const riverside = await createBranch(db, a.org.id, { name: 'Alder Riverside' });
  const empty = await createBranch(db, a.org.id, { name: 'Alder Empty' });
  const sam = await createMember(db, a.org.id, { name: 'Sam Liaison', homeBranchId: central.id });
  const dee = await createMember(db, a.org.id, { name: 'Dee Former', active: false });
  const gone = await createMember(db, a.org.id, { name: 'Gone Quiet', active: false });
  const org = a.org.id;

  const elementary = await createPartner(db, org, {
    name: 'Alder Elementary',
    primaryBranchId: central.id,
    ownerMembershipId: a.staff.membershipId,
    category: 'institution',
    agesServed: ['children', 'teens'],
    stage: 'collaborating',
    createdAt: new Date('2026-03-10T09:00:00Z'),
  });
  const bookClub = await createPartner(db, org, {
    name: 'Alder Book Club',
    primaryBranchId: central.id,
    ownerMembershipId: sam.membershipId,
    category: 'association',
    agesServed: ['adults'],
    stage: 'sustained',
    createdAt: new Date('2025-06-01T09:00:00Z'),
  });
  const garden = await createPartner(db, org, {
    name: 'Alder Garden',
    primaryBranchId: riverside.id,
    ownerMembershipId: a.staff.membershipId,
    category: 'physical_space',
    agesServed: ['families'],
    stage: 'connected',
    createdAt: new Date('2026-10-01T10:00:00Z'),
  });
  await createPartner(db, org, {
    name: 'Alder Neighbour',
    category: 'individual',
    stage: 'identified',
    createdAt: new Date('2026-11-01T10:00:00Z'),
  });
  await createPartner(db, org, {
    name: 'Alder Archived',
    primaryBranchId: riverside.id,
    category: 'institution',
    agesServed: ['teens'],
    stage: 'collaborating',
    archivedAt: new Date('2026-08-01T10:00:00Z'),
    createdAt: new Date('2026-05-01T10:00:00Z'),
  });
  const oldFriends = await createPartner(db, org, {
    name: 'Alder Old Friends',
    primaryBranchId: central.id,
    category: 'institution',
    agesServed: ['teens'],
    stage: 'ended',
    createdAt: new Date('2024-01-01T10:00:00Z'),
  });
  const market = await createPartner(db, org, {
    name: 'Alder Market',
    primaryBranchId: riverside.id,
    category: 'local_economy',
    stage: 'reached_out',
    createdAt: new Date('2024-05-01T10:00:00Z'),
  });

  // Stage moves in the period: Mar identified, Apr connected, Jun collaborating, Oct identified.
  await createStageChange(db, org, elementary.id, {
    toStage: 'identified',
    changedAt: '2026-03-10T09:00:00Z',
  });
  await createStageChange(db, org, elementary.id, {
    fromStage: 'identified',
    toStage: 'connected',
    changedAt: '2026-04-02T15:00:00Z',
  });
  await createStageChange(db, org, elementary.id, {
    fromStage: 'connected',
    toStage: 'collaborating',
    changedAt: '2026-06-20T15:00:00Z',
  });
  await createStageChange(db, org, garden.id, { toStage: 'identified', changedAt: '2026-10-01T10:00:00Z' });
  await createStageChange(db, org, bookClub.id, { toStage: 'sustained', changedAt: '2025-06-01T10:00:00Z' });

  // Interactions in the period: Jan, Apr, Jun (a call), Sep, Nov; two before it.
  const staff = a.staff.membershipId;
  await createInteraction(db, org, elementary.id, {
    occurredOn: '2026-04-02',
    participants: [staff, sam.membershipId],
  });
  await createInteraction(db, org, elementary.id, {
    occurredOn: '2026-06-20',
    kind: 'call',
    participants: [staff],
  });
  await createInteraction(db, org, garden.id, {
    occurredOn: '2026-11-20',
    kind: 'event',
    participants: [sam.membershipId, dee.membershipId],
  });
  await createInteraction(db, org, bookClub.id, {
    occurredOn: '2026-01-10',
    participants: [a.manager.membershipId],
  });
  await createInteraction(db, org, bookClub.id, {
    occurredOn: '2025-10-01',
    participants: [a.manager.membershipId],
  });
  await createInteraction(db, org, oldFriends.id, {
    occurredOn: '2025-01-01',
    participants: [gone.membershipId],
  });
  await createInteraction(db, org, market.id, {
    occurredOn: '2026-09-15',
    kind: 'call',
    participants: [staff],
  });

  // Completed interviews in the period: Apr (Central), Jul (no partner), Oct (Riverside).
  await createInterview(db, org, {
    partnerId: elementary.id,
    heldOn: '2026-04-02',
    themes: ['Youth jobs', 'transport'],
    interviewers: [staff, sam.membershipId],
  });
  const noPartner = await createInterview(db, org, {
    heldOn: '2026-07-15',
    themes: ['youth jobs ', 'Housing'],
    interviewers: [a.manager.membershipId],
  });
  await createInterview(db, org, {
    partnerId: elementary.id,
    heldOn: '2026-05-01',
    status: 'draft',
    themes: ['Draft theme'],
    interviewers: [staff],
  });
  await createInterview(db, org, {
    partnerId: elementary.id,
    heldOn: '2025-11-15',
    themes: ['Old theme'],
    interviewers: [staff],
  });
  await createInterview(db, org, {
    partnerId: garden.id,
    heldOn: '2026-10-05',
    themes: ['Youth jobs'],
    interviewers: [sam.membershipId],
  });

  // Overdue today: the staff member's (Central) and the manager's (from the interview with no partner).
  await createFollowUp(db, org, {
    assigneeMembershipId: staff,
    dueOn: '2026-11-01',
    partnerId: elementary.id,
  });
  await createFollowUp(db, org, {
    assigneeMembershipId: staff,
    dueOn: '2026-12-10',
    partnerId: elementary.id,
  });
  await createFollowUp(db, org, {
    assigneeMembershipId: staff,
    dueOn: '2026-10-01',
    status: 'done',
    partnerId: elementary.id,
  });
  await createFollowUp(db, org, {
    assigneeMembershipId: a.manager.membershipId,
    dueOn: '2026-11-27',
    interviewId: noPartner.id,
  });
  await createFollowUp(db, org, {
    assigneeMembershipId: sam.membershipId,
    dueOn: '2026-11-28',
    partnerId: bookClub.id,
  });

  // Birch: one of everything, all of it inside Alder's period.
  const b = await createOrganizationWithMembers(db, 'Birch Public Library');
  const birchBranch = await createBranch(db, b.org.id, { name: 'Birch Branch' });
  const hub = await createPartner(db, b.org.id, {
    name: 'Birch Youth Hub',
    primaryBranchId: birchBranch.id,
    ownerMembershipId: b.staff.membershipId,
    agesServed: ['teens'],
    stage: 'collaborating',
    createdAt: new Date('2026-05-01T10:00:00Z'),
  });
  await createStageChange(db, b.org.id, hub.id, {
    toStage: 'collaborating',
    changedAt: '2026-05-01T10:00:00Z',
  });
  await createInteraction(db, b.org.id, hub.id, {
    occurredOn: '2026-02-01',
    participants: [b.staff.membershipId],
  });
  await createInterview(db, b.org.id, {
    partnerId: hub.id,
    heldOn: '2026-05-01',
    themes: ['Secret theme', 'Youth jobs'],
    interviewers: [b.staff.membershipId],
  });
  await createFollowUp(db, b.org.id, {
    assigneeMembershipId: b.staff.membershipId,
    dueOn: '2026-01-01',
    partnerId: hub.id,
  });

  return {
    a: { ...a, central, riverside, empty, sam, dee },
    b: { org: b, branch: birchBranch, hub },
  };
}

export type Scenario = Awaited<ReturnType<typeof buildScenario>>;

/** Changes the organization's relationship-health cadence. */
export async function setCadence(db: Db, orgId: string, days: number) {
  await db.update(organizations).set({ healthCadenceDays: days }).where(eq(organizations.id, orgId));
}
