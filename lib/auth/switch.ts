import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { memberships, organizations, ssoSettings, userSessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { MemberRole } from './roles';

// Several memberships per person (decision 0023): the session row holds the membership it is in,
// and switching changes that row. The cookie is never asked which membership to open.

export type UsableMembership = {
  membershipId: string;
  orgId: string;
  orgName: string;
  role: MemberRole;
};

/**
 * The library systems a person may be in: their active memberships in organizations that are not
 * suspended, by name. Nothing about the others (an inactive membership, a suspended system) shows.
 */
export async function listUsableMemberships(db: Db, userId: string): Promise<UsableMembership[]> {
  return db
    .select({
      membershipId: memberships.id,
      orgId: memberships.orgId,
      orgName: organizations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(eq(memberships.userId, userId), eq(memberships.active, true), isNull(organizations.suspendedAt)),
    )
    .orderBy(asc(organizations.name), asc(memberships.createdAt));
}

export const notYoursMessage =
  'You cannot open that library system: you are not an active member of it, or it is closed for now. Choose another.';

export const ssoOnlySwitchMessage =
  'That library system signs in with its own accounts only. Sign out, then sign in to it with “Sign in with …”.';

/** `sso_only`: the target turned password sign-in off, and this session did not begin at its provider. */
export type SwitchResult =
  | { ok: true; orgName: string; changed: boolean }
  | { ok: false; reason?: 'sso_only' };

/**
 * Moves one session (the caller's) into another of the person's memberships. Refused, changing
 * nothing, unless the membership is the person's own, active, and in an organization that is not
 * suspended. The session must still stand in the membership the caller was in when they asked,
 * so two switches at once cannot both win. Written to both organizations' logs: the one left and
 * the one entered, in the same transaction as the change.
 */
export async function switchMembership(
  db: Db,
  caller: { userId: string; sessionId: string; membershipId: string; orgId: string },
  targetMembershipId: string,
): Promise<SwitchResult> {
  return db.transaction(async (tx) => {
    const [target] = (await listUsableMemberships(tx, caller.userId)).filter(
      (row) => row.membershipId === targetMembershipId,
    );
    if (!target) return { ok: false };
    if (target.membershipId === caller.membershipId)
      return { ok: true, orgName: target.orgName, changed: false };
    // A system that turned passwords off (decision 0027) is entered only by a session that began at
    // its identity provider, or by its break-glass admin.
    const [rule] = await tx
      .select({
        off: ssoSettings.passwordSignInOff,
        breakGlass: ssoSettings.breakGlassMembershipId,
        issuer: ssoSettings.issuer,
      })
      .from(ssoSettings)
      .where(eq(ssoSettings.orgId, target.orgId));
    if (rule?.off && rule.breakGlass !== target.membershipId) {
      const [began] = await tx
        .select({ ssoIssuer: userSessions.ssoIssuer })
        .from(userSessions)
        .where(eq(userSessions.id, caller.sessionId));
      if (began?.ssoIssuer !== rule.issuer) return { ok: false, reason: 'sso_only' };
    }
    const moved = await tx
      .update(userSessions)
      .set({ membershipId: target.membershipId })
      .where(
        and(
          eq(userSessions.id, caller.sessionId),
          eq(userSessions.userId, caller.userId),
          eq(userSessions.membershipId, caller.membershipId),
          isNull(userSessions.revokedAt),
        ),
      )
      .returning({ browser: userSessions.browser });
    const session = moved[0];
    if (!session) return { ok: false };
    await tx
      .update(memberships)
      .set({ lastSignInAt: new Date() })
      .where(eq(memberships.id, target.membershipId));
    await recordAudit(
      tx,
      { orgId: caller.orgId, userId: caller.userId },
      {
        action: 'member.switch_out',
        entityType: 'member',
        entityId: caller.membershipId,
        after: { browser: session.browser },
      },
    );
    await recordAudit(
      tx,
      { orgId: target.orgId, userId: caller.userId },
      {
        action: 'member.switch_in',
        entityType: 'member',
        entityId: target.membershipId,
        after: { browser: session.browser },
      },
    );
    return { ok: true, orgName: target.orgName, changed: true };
  });
}

/** The chooser's list for the signed-in person (./page.ts has already checked the session). */
export async function loadUsableMemberships(userId: string): Promise<UsableMembership[]> {
  return listUsableMemberships(await getDb(), userId);
}
