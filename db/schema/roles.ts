/** The roles a member can hold, highest first. Plain data, safe to import in the browser. */
export const memberRoles = ['admin', 'manager', 'staff', 'viewer'] as const;
export type MemberRole = (typeof memberRoles)[number];
