import type { MemberRole } from '@/db/schema/roles';

export { memberRoles } from '@/db/schema/roles';
export type { MemberRole };

const rank: Record<MemberRole, number> = { viewer: 0, staff: 1, manager: 2, admin: 3 };

/** True when `role` is `minimum` or a role above it (admin > manager > staff > viewer). */
export function roleAtLeast(role: MemberRole, minimum: MemberRole): boolean {
  return rank[role] >= rank[minimum];
}

export const roleLabels: Record<MemberRole, string> = {
  admin: 'Admin',
  manager: 'Manager',
  staff: 'Staff',
  viewer: 'Viewer',
};

export const roleDescriptions: Record<MemberRole, string> = {
  admin: 'Everything, including staff accounts, branches and settings.',
  manager: 'All records and dashboards; reassigns work.',
  staff: 'Adds and edits partners, interviews and contacts.',
  viewer: 'Reads records; never sees interview answers or private contact details.',
};
