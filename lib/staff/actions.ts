'use server';

import { and, eq, sql } from 'drizzle-orm';
import { headers } from 'next/headers';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { branches, memberships, organizations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction, staleMessage } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { generateOneTimePassword, hashPassword } from '@/lib/auth/password';
import { clearFailedSignIns } from '@/lib/auth/throttle';
import { rowsOf } from '@/lib/dashboard/sql';
import { dayOf, formatDay } from '@/lib/dates';
import { isUuid } from '@/lib/ids';
import { type CreatedInvitation, insertInvitation, pendingInvitationFor } from '@/lib/invitations/create';
import { type InvitationMailed, mailInvitation } from '@/lib/invitations/mail';
import { invitationPath } from '@/lib/invitations/token';
import { absoluteLink, appOrigin } from '@/lib/reminders/links';
import { countActiveAdmins, getMember, type StaffMember } from './queries';
import { addMemberSchema, memberStatusSchema, resetPasswordSchema, updateMemberSchema } from './validation';

const staffPath = '/settings/staff';
const notFoundMessage = 'That member was not found.';
const emailTakenField = 'Someone on your staff list already uses this email.';

/**
 * Takes the organization's row lock, then reads the member. Every change to who may sign in or
 * who is an admin goes through this, so two admins demoting each other at the same moment are
 * served one after the other and the last-admin check cannot be raced.
 */
async function memberForChange(tx: Db, ctx: AuthContext, memberId: string): Promise<StaffMember> {
  if (!isUuid(memberId)) throw new ActionError(notFoundMessage);
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId))
    .for('update');
  const member = await getMember(tx, ctx, memberId);
  if (!member) throw new ActionError(notFoundMessage);
  return member;
}

/** The chosen home branch, which must be one of the caller's organization's own. */
async function branchOfOrg(tx: Db, ctx: AuthContext, branchId: string | null) {
  if (!branchId) return null;
  const refuse = () =>
    new ActionError('Some fields need attention.', {
      homeBranchId: ['Choose one of your library’s branches, or none.'],
    });
  if (!isUuid(branchId)) throw refuse();
  const [branch] = await tx
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(and(eq(branches.id, branchId), eq(branches.orgId, ctx.orgId)))
    // Held until the transaction ends, so the branch cannot be removed between this check and the write.
    .for('share');
  if (!branch) throw refuse();
  return branch;
}

/** Refuses the change when it would leave the organization without an active admin. */
async function keepAnActiveAdmin(
  tx: Db,
  ctx: AuthContext,
  member: StaffMember,
  change: 'role' | 'deactivate',
) {
  if (member.role !== 'admin' || !member.active) return;
  if ((await countActiveAdmins(tx, ctx)) > 1) return;
  const self = member.userId === ctx.userId;
  const first = self ? 'You are the only active admin' : `${member.name} is the only active admin`;
  const what =
    change === 'role'
      ? self
        ? 'so you can’t change your own role'
        : 'so their role can’t change'
      : self
        ? 'so you can’t deactivate yourself'
        : 'so they can’t be deactivated';
  const message = `${first}, ${what}. Make someone else an admin first.`;
  throw new ActionError(message, change === 'role' ? { role: [message] } : undefined);
}

/** What adding a member answers: a one-time password, or an invitation link (shown once). */
export type AddedMember =
  | { kind: 'password'; membershipId: string; name: string; oneTimePassword: string }
  | {
      kind: 'invitation';
      invitationId: string;
      name: string;
      email: string;
      link: string;
      expiresAt: Date;
      /** The last day the link works, in the organization's dates. */
      expiresOn: string;
      mailed: InvitationMailed;
      /** A one-time password was asked for, but this address gets a link (see refuseMemberHere). */
      insteadOfPassword: boolean;
    };

/**
 * Adds a member. A person new to Partner Atlas gets an account with a one-time password, or an
 * invitation link if the admin chose one. An address that already has an account (here or at
 * another library) is never given a password from here: it gets an invitation link, which its
 * owner accepts by signing in. Nothing about that account (its name, where else it belongs) is
 * read back to the admin (decision 0024).
 */
export const addMember = defineAction(
  { schema: addMemberSchema, role: 'admin', revalidate: [staffPath] },
  async (input, ctx): Promise<AddedMember> => {
    const db = await getDb();
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    let added:
      | { kind: 'password'; membershipId: string }
      | { kind: 'invitation'; invitation: CreatedInvitation };
    try {
      added = await db.transaction(async (tx) => {
        const branch = await branchOfOrg(tx, ctx, input.homeBranchId);
        const hasAccount = await refuseMemberHere(tx, ctx, input.email);
        if (await pendingInvitationFor(tx, ctx.orgId, input.email)) {
          const message =
            'This address already has an invitation waiting: it is listed on the staff page. Revoke it there or make a new link for it.';
          throw new ActionError(message, { email: [message] });
        }
        if (hasAccount || input.method === 'invitation') {
          const invitation = await insertInvitation(tx, {
            orgId: ctx.orgId,
            actorUserId: ctx.userId,
            email: input.email,
            name: input.name,
            role: input.role,
            homeBranch: branch,
          });
          return { kind: 'invitation' as const, invitation };
        }
        const [user] = await tx
          .insert(users)
          .values({ email: input.email, name: input.name, passwordHash, mustChangePassword: true })
          .returning({ id: users.id });
        if (!user) throw new Error('Insert returned no user');
        const [membership] = await tx
          .insert(memberships)
          .values({ orgId: ctx.orgId, userId: user.id, role: input.role, homeBranchId: branch?.id ?? null })
          .returning({ id: memberships.id });
        if (!membership) throw new Error('Insert returned no membership');
        await recordAudit(tx, ctx, {
          action: 'member.create',
          entityType: 'member',
          entityId: membership.id,
          after: {
            name: input.name,
            email: input.email,
            role: input.role,
            homeBranchId: branch?.id ?? null,
            homeBranchName: branch?.name ?? null,
            active: true,
            mustChangePassword: true,
          },
        });
        return { kind: 'password' as const, membershipId: membership.id };
      });
    } catch (error) {
      // Someone added the same address between the check and the insert.
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new ActionError('That email address was added a moment ago. Try again to invite it.', {
          email: ['An account with this email was made a moment ago: send again to invite it.'],
        });
      }
      throw error;
    }
    if (added.kind === 'password') {
      return { kind: 'password', membershipId: added.membershipId, name: input.name, oneTimePassword };
    }
    const { invitation } = added;
    const link = absoluteLink(
      appOrigin((await headers()).get('origin') ?? undefined),
      invitationPath(invitation.token),
    );
    const mailed = await mailInvitation(db, {
      orgId: ctx.orgId,
      orgName: ctx.orgName,
      timeZone: ctx.timeZone,
      email: input.email,
      role: input.role,
      link,
      expiresAt: invitation.expiresAt,
      inviterName: ctx.name,
    });
    return {
      kind: 'invitation',
      invitationId: invitation.invitationId,
      name: input.name,
      email: input.email,
      link,
      expiresAt: invitation.expiresAt,
      expiresOn: formatDay(dayOf(invitation.expiresAt, ctx.timeZone)),
      mailed,
      insteadOfPassword: input.method === 'password',
    };
  },
);

/**
 * Refuses an address that is already on this organization's staff list (naming the member: they
 * are the caller's own). Answers whether the address has an account at all, which decides only
 * that it is invited rather than given a password: the answer never reaches the admin otherwise.
 */
async function refuseMemberHere(tx: Db, ctx: AuthContext, email: string): Promise<boolean> {
  const [taken] = await tx
    .select({ name: users.name, membershipActive: memberships.active })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, ctx.orgId)))
    .where(eq(users.email, email));
  if (!taken) return false;
  if (taken.membershipActive === null) return true;
  const message = taken.membershipActive
    ? `${taken.name} is already on your staff list.`
    : `${taken.name} is already on your staff list, deactivated. Open their page to reactivate them.`;
  throw new ActionError(message, { email: [emailTakenField] });
}

export const updateMember = defineAction(
  { schema: updateMemberSchema, role: 'admin', revalidate: [staffPath] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const member = await memberForChange(tx, ctx, input.memberId);
      if (member.version !== input.version) throw new ActionError(staleMessage);
      const branch = await branchOfOrg(tx, ctx, input.homeBranchId);
      const homeBranchId = branch?.id ?? null;
      if (member.role === input.role && member.homeBranchId === homeBranchId) {
        return { membershipId: member.membershipId, version: member.version, changed: false };
      }
      if (input.role !== 'admin') await keepAnActiveAdmin(tx, ctx, member, 'role');
      const [updated] = await tx
        .update(memberships)
        .set({
          role: input.role,
          homeBranchId,
          version: sql`${memberships.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(memberships.id, member.membershipId),
            eq(memberships.orgId, ctx.orgId),
            eq(memberships.version, input.version),
          ),
        )
        .returning({ version: memberships.version });
      if (!updated) throw new ActionError(staleMessage);
      await recordAudit(tx, ctx, {
        action: 'member.update',
        entityType: 'member',
        entityId: member.membershipId,
        before: { name: member.name, role: member.role, homeBranchName: member.homeBranchName },
        after: { name: member.name, role: input.role, homeBranchName: branch?.name ?? null },
      });
      return { membershipId: member.membershipId, version: updated.version, changed: true };
    });
  },
);

/** Deactivating or reactivating: who may sign in changes; everything they recorded stays. */
async function setActive(input: { memberId: string; version: number }, ctx: AuthContext, active: boolean) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const member = await memberForChange(tx, ctx, input.memberId);
    if (member.version !== input.version) throw new ActionError(staleMessage);
    if (member.active === active) {
      throw new ActionError(
        active ? `${member.name} is already active.` : `${member.name} is already deactivated.`,
      );
    }
    if (!active) await keepAnActiveAdmin(tx, ctx, member, 'deactivate');
    const deactivatedAt = active ? null : new Date();
    const [updated] = await tx
      .update(memberships)
      .set({ active, deactivatedAt, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(memberships.id, member.membershipId),
          eq(memberships.orgId, ctx.orgId),
          eq(memberships.version, input.version),
        ),
      )
      .returning({ version: memberships.version });
    if (!updated) throw new ActionError(staleMessage);
    await recordAudit(tx, ctx, {
      action: active ? 'member.reactivate' : 'member.deactivate',
      entityType: 'member',
      entityId: member.membershipId,
      before: { name: member.name, active: member.active, deactivatedAt: member.deactivatedAt },
      after: { name: member.name, active, deactivatedAt },
    });
    return { membershipId: member.membershipId, name: member.name, version: updated.version };
  });
}

export const deactivateMember = defineAction(
  { schema: memberStatusSchema, role: 'admin', revalidate: [staffPath] },
  (input, ctx) => setActive(input, ctx, false),
);

export const reactivateMember = defineAction(
  { schema: memberStatusSchema, role: 'admin', revalidate: [staffPath] },
  (input, ctx) => setActive(input, ctx, true),
);

export const resetMemberPassword = defineAction(
  { schema: resetPasswordSchema, role: 'admin', revalidate: [staffPath] },
  async (input, ctx) => {
    const db = await getDb();
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    return db.transaction(async (tx) => {
      const member = await memberForChange(tx, ctx, input.memberId);
      if (member.userId === ctx.userId) {
        throw new ActionError('To change your own password, use “Change password” in your account menu.');
      }
      // An account that also belongs to another library system is not this admin's to take over.
      // Row-level security hides the other systems' memberships here, so the count is asked of the
      // database function that may see them (a number, never where: decision 0026).
      const [elsewhere] = await rowsOf<{ value: number }>(
        tx,
        sql`select atlas_memberships_elsewhere(${member.userId}::uuid, ${ctx.orgId}::uuid) as value`,
      );
      if (Number(elsewhere?.value ?? 0) > 0) {
        throw new ActionError(
          `${member.name}’s account is also used by another library system, so its password can’t be reset here. They can change it themselves from their account menu.`,
        );
      }
      await tx
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: true,
          // Ends every session signed in with the old password.
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, member.userId));
      // A reset is often the answer to a lock-out, so the new password works at once.
      await clearFailedSignIns(tx, member.email);
      await recordAudit(tx, ctx, {
        action: 'member.password_reset',
        entityType: 'member',
        entityId: member.membershipId,
        before: { name: member.name, mustChangePassword: member.mustChangePassword },
        after: { name: member.name, mustChangePassword: true },
      });
      return { membershipId: member.membershipId, name: member.name, oneTimePassword };
    });
  },
);
