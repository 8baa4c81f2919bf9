import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  areaSets,
  areas,
  auditEntries,
  branches,
  contacts,
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewGuideVersions,
  interviewInterviewers,
  interviews,
  partners,
  referrals,
  resources,
  stageChanges,
} from '@/db/schema';

/** What an id in the archive names: each kind gets its own old-id to new-id map on restore. */
export type IdKind =
  | 'branch'
  | 'membership'
  | 'user'
  | 'guide'
  | 'guideVersion'
  | 'partner'
  | 'contact'
  | 'interview'
  | 'referral'
  | 'interaction'
  | 'followUp'
  | 'stageChange'
  | 'resource'
  | 'areaSet'
  | 'area'
  | 'audit';

/**
 * A table the archive holds row for row, as the database has it (less `orgId`). `id` names the
 * kind of its own id; `refs` every other column that holds an id, and what it names.
 */
export type TableSpec = {
  key: string;
  table: PgTable;
  id?: IdKind;
  refs: Record<string, IdKind>;
  /** Columns the archive leaves out. */
  omit?: string[];
};

const byUser = { createdByUserId: 'user', updatedByUserId: 'user' } as const;

/** The plain tables, in restore order. Staff, resource hides and the organization are written apart. */
export const plainTables = {
  branches: { key: 'branches', table: branches, id: 'branch', refs: {} },
  interviewGuides: {
    key: 'interviewGuides',
    table: interviewGuides,
    id: 'guide',
    refs: { currentVersionId: 'guideVersion', ...byUser },
  },
  interviewGuideVersions: {
    key: 'interviewGuideVersions',
    table: interviewGuideVersions,
    id: 'guideVersion',
    refs: { guideId: 'guide', createdByUserId: 'user' },
  },
  partners: {
    key: 'partners',
    table: partners,
    id: 'partner',
    refs: { primaryBranchId: 'branch', ownerMembershipId: 'membership', ...byUser },
    // Import jobs (the uploaded file, its progress) are working state, not part of the archive.
    omit: ['importJobId'],
  },
  contacts: { key: 'contacts', table: contacts, id: 'contact', refs: { partnerId: 'partner' } },
  interviews: {
    key: 'interviews',
    table: interviews,
    id: 'interview',
    refs: {
      guideVersionId: 'guideVersion',
      partnerId: 'partner',
      completedByUserId: 'user',
      ...byUser,
    },
  },
  interviewInterviewers: {
    key: 'interviewInterviewers',
    table: interviewInterviewers,
    refs: { interviewId: 'interview', membershipId: 'membership' },
  },
  referrals: {
    key: 'referrals',
    table: referrals,
    id: 'referral',
    refs: { interviewId: 'interview', partnerId: 'partner', createdByUserId: 'user' },
  },
  interactions: {
    key: 'interactions',
    table: interactions,
    id: 'interaction',
    refs: { partnerId: 'partner', interviewId: 'interview', ...byUser },
  },
  interactionParticipants: {
    key: 'interactionParticipants',
    table: interactionParticipants,
    refs: { interactionId: 'interaction', membershipId: 'membership' },
  },
  followUps: {
    key: 'followUps',
    table: followUps,
    id: 'followUp',
    refs: {
      partnerId: 'partner',
      interviewId: 'interview',
      interactionId: 'interaction',
      assigneeMembershipId: 'membership',
      doneByUserId: 'user',
      ...byUser,
    },
  },
  stageChanges: {
    key: 'stageChanges',
    table: stageChanges,
    id: 'stageChange',
    refs: { partnerId: 'partner', interviewId: 'interview', changedByUserId: 'user' },
  },
  resources: { key: 'resources', table: resources, id: 'resource', refs: byUser },
  // After staff (an area names who changed it last) and branches (a service area's branch).
  areaSets: { key: 'areaSets', table: areaSets, id: 'areaSet', refs: {} },
  areas: {
    key: 'areas',
    table: areas,
    id: 'area',
    refs: { setId: 'areaSet', branchId: 'branch', updatedByUserId: 'user' },
  },
  auditEntries: { key: 'auditEntries', table: auditEntries, id: 'audit', refs: { actorUserId: 'user' } },
} satisfies Record<string, TableSpec>;

/** The columns of a table the archive holds: all but orgId and those it leaves out. */
export function archivedColumns(spec: TableSpec): string[] {
  return Object.keys(getTableColumns(spec.table)).filter(
    (name) => name !== 'orgId' && !spec.omit?.includes(name),
  );
}

export type PlainTableKey = keyof typeof plainTables;

/** Which id kind an audit entry's entityType names, so its entityId follows the record on restore. */
export const auditEntityKinds: Record<string, IdKind> = {
  branch: 'branch',
  member: 'membership',
  partner: 'partner',
  contact: 'contact',
  interview_guide: 'guide',
  interview: 'interview',
  referral: 'referral',
  interaction: 'interaction',
  follow_up: 'followUp',
  stage_change: 'stageChange',
  resource: 'resource',
  area_set: 'areaSet',
  area: 'area',
};
