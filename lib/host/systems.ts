import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { memberships, organizations, userSessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError } from '@/lib/auth/action';
import { generateOneTimePassword, hashPassword } from '@/lib/auth/password';
import { insertInvitation } from '@/lib/invitations/create';
import { insertOrganization, insertOrganizationWithAdmin } from '@/lib/setup/organization';
import { recordHostAudit } from './audit';
import type { HostContext } from './context';
import type { CreateSystemInput } from './validation';

export type CreatedSystem = {
  orgId: string;
  name: string;
  adminEmail: string;
  /** Shown once to the host when the admin is a new person; null when the address already had an account. */
  oneTimePassword: string | null;
  /** When the host chose an invitation: the link's token, shown once (the action makes the link). */
  invitation: { token: string; expiresAt: Date } | null;
};

/**
 * A new library system with the defaults first-run setup gives, and its first admin: a new person
 * gets a one-time password to change at first sign-in; an address that already has an account is
 * made admin of the new system and keeps its password. Nothing about that account (its name, where
 * else it belongs) is read back to the host.
 */
export async function createLibrarySystem(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  input: CreateSystemInput,
): Promise<CreatedSystem> {
  if (input.adminMethod === 'invitation') return createInvitingAdmin(db, host, input);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const create = () =>
    db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(eq(users.email, input.adminEmail));
      let admin = existing ? { userId: existing.id, name: existing.name } : null;
      if (!admin) {
        const [user] = await tx
          .insert(users)
          .values({ email: input.adminEmail, name: input.adminName, passwordHash, mustChangePassword: true })
          .returning({ id: users.id });
        if (!user) throw new Error('Insert returned no user');
        admin = { userId: user.id, name: input.adminName };
      }
      const { org } = await insertOrganizationWithAdmin(
        tx,
        {
          name: input.name,
          timeZone: input.timeZone,
          mapCenter: { lat: input.mapCenterLat, lng: input.mapCenterLng },
        },
        { ...admin, email: input.adminEmail },
        host.userId,
      );
      await recordHostAudit(tx, {
        actorUserId: host.userId,
        action: 'organization.create',
        orgId: org.id,
        details: { name: org.name, adminEmail: input.adminEmail, adminHadAccount: Boolean(existing) },
      });
      return {
        orgId: org.id,
        name: org.name,
        adminEmail: input.adminEmail,
        oneTimePassword: existing ? null : oneTimePassword,
        invitation: null,
      };
    });
  try {
    return await create();
  } catch (error) {
    // The same address was given an account between the check and the insert: it has one now.
    if (isUniqueViolation(error, 'users_email_unique')) return create();
    throw error;
  }
}

/**
 * A new library system whose first admin is invited: the organization has no member until the
 * link is used, by a new person (who sets a password) or an existing account (which signs in).
 * Whether the address has an account is not even looked up.
 */
async function createInvitingAdmin(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  input: CreateSystemInput,
): Promise<CreatedSystem> {
  return db.transaction(async (tx) => {
    const org = await insertOrganization(
      tx,
      {
        name: input.name,
        timeZone: input.timeZone,
        mapCenter: { lat: input.mapCenterLat, lng: input.mapCenterLng },
      },
      host.userId,
    );
    const invitation = await insertInvitation(tx, {
      orgId: org.id,
      actorUserId: host.userId,
      email: input.adminEmail,
      name: input.adminName,
      role: 'admin',
    });
    await recordHostAudit(tx, {
      actorUserId: host.userId,
      action: 'organization.create',
      orgId: org.id,
      details: { name: org.name, adminEmail: input.adminEmail, adminInvited: true },
    });
    return {
      orgId: org.id,
      name: org.name,
      adminEmail: input.adminEmail,
      oneTimePassword: null,
      invitation: { token: invitation.token, expiresAt: invitation.expiresAt },
    };
  });
}

const notFoundMessage = 'That library system was not found.';

/**
 * Suspends or reopens a library system. Suspended, nobody signs in to it and every session in it
 * ends now (the per-request check refuses it too, lib/auth/context-query.ts); its data is kept.
 * Reopened, its members sign in again with their own passwords; the ended sessions stay ended.
 */
export async function setSystemSuspended(
  db: Db,
  host: Pick<HostContext, 'userId'>,
  orgId: string,
  suspend: boolean,
): Promise<{ name: string; sessionsEnded: number }> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({
        id: organizations.id,
        name: organizations.name,
        suspendedAt: organizations.suspendedAt,
        deletionScheduledAt: organizations.deletionScheduledAt,
      })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for('update');
    if (!org) throw new ActionError(notFoundMessage);
    if (suspend === (org.suspendedAt !== null)) {
      throw new ActionError(`${org.name} is already ${suspend ? 'suspended' : 'open'}.`);
    }
    // Reopening is not how a deletion is stopped: cancelling it is its own audited step (decision 0025).
    if (!suspend && org.deletionScheduledAt) {
      throw new ActionError(`${org.name} is to be deleted: cancel the deletion before reopening it.`);
    }
    await tx
      .update(organizations)
      .set({ suspendedAt: suspend ? sql`now()` : null, version: sql`${organizations.version} + 1` })
      .where(eq(organizations.id, orgId));
    let sessionsEnded = 0;
    if (suspend) {
      const members = tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.orgId, orgId));
      const ended = await tx
        .update(userSessions)
        .set({ revokedAt: sql`now()` })
        .where(and(inArray(userSessions.membershipId, members), isNull(userSessions.revokedAt)))
        .returning({ id: userSessions.id });
      sessionsEnded = ended.length;
    }
    const action = suspend ? 'organization.suspend' : 'organization.reopen';
    // In the organization's own log too, so its admins see why nobody could sign in.
    await recordAudit(
      tx,
      { orgId, userId: host.userId },
      { action, entityType: 'organization', entityId: orgId, after: { suspended: suspend, sessionsEnded } },
    );
    await recordHostAudit(tx, {
      actorUserId: host.userId,
      action,
      orgId,
      details: { name: org.name, sessionsEnded },
    });
    return { name: org.name, sessionsEnded };
  });
}
