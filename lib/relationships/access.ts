import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';

/**
 * Who may see and act on follow-ups (documented in docs/decisions/0009-relationships-over-time.md):
 * managers and admins: everyone's (they reassign work); staff: their own, and those on partners
 * they are the liaison for; viewers: none (they are never given work, and only read records).
 */
export function canActOnFollowUp(
  ctx: { role: MemberRole; membershipId: string },
  followUp: { assigneeMembershipId: string; partnerOwnerMembershipId: string | null },
): boolean {
  if (roleAtLeast(ctx.role, 'manager')) return true;
  if (!roleAtLeast(ctx.role, 'staff')) return false;
  return (
    followUp.assigneeMembershipId === ctx.membershipId ||
    followUp.partnerOwnerMembershipId === ctx.membershipId
  );
}

/** The follow-up lists a role may open on the follow-ups page. */
export const followUpScopes = ['mine', 'my-partners', 'everyone'] as const;
export type FollowUpScope = (typeof followUpScopes)[number];

export function scopesFor(role: MemberRole): FollowUpScope[] {
  if (roleAtLeast(role, 'manager')) return ['mine', 'everyone'];
  if (roleAtLeast(role, 'staff')) return ['mine', 'my-partners'];
  return [];
}
