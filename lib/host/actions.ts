'use server';

import { eq, sql } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { signIn, signOut } from '@/lib/auth';
import { ActionError } from '@/lib/auth/action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { revokeSessions } from '@/lib/auth/sessions';
import { endCallerSession } from '@/lib/auth/sign-out';
import { newPasswordSchema } from '@/lib/auth/validation';
import { dayOf, formatDay } from '@/lib/dates';
import { mailInvitation } from '@/lib/invitations/mail';
import { invitationPath } from '@/lib/invitations/token';
import { databaseKnowsTimeZone, unknownToDatabaseMessage } from '@/lib/organization/time-zone';
import { absoluteLink, appOrigin } from '@/lib/reminders/links';
import { defineHostAction } from './action';
import { cancelSystemDeletion, scheduleSystemDeletion } from './deletion';
import { inviteFirstAdmin } from './first-admin';
import { createLibrarySystem, setSystemSuspended } from './systems';
import {
  createSystemSchema,
  inviteFirstAdminSchema,
  scheduleDeletionSchema,
  systemIdSchema,
} from './validation';

const consolePath = '/host';

export const createSystem = defineHostAction(
  { schema: createSystemSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const db = await getDb();
    if (!(await databaseKnowsTimeZone(db, input.timeZone))) {
      throw new ActionError('Some fields need attention.', { timeZone: [unknownToDatabaseMessage] });
    }
    const { invitation, ...created } = await createLibrarySystem(db, ctx, input);
    if (!invitation) return { ...created, invitationLink: null };
    // The link is shown to the host once (only its hash is kept), and mailed if the deployment can.
    const link = absoluteLink(
      appOrigin((await headers()).get('origin') ?? undefined),
      invitationPath(invitation.token),
    );
    const mailed = await mailInvitation(db, {
      orgId: created.orgId,
      orgName: created.name,
      timeZone: input.timeZone,
      email: created.adminEmail,
      role: 'admin',
      link,
      expiresAt: invitation.expiresAt,
      inviterName: ctx.name,
    });
    return {
      ...created,
      invitationLink: { link, expiresOn: formatDay(dayOf(invitation.expiresAt, 'UTC')), mailed },
    };
  },
);

const systemPath = (orgId: string) => `${consolePath}/systems/${orgId}`;

export const suspendSystem = defineHostAction(
  { schema: systemIdSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const result = await setSystemSuspended(await getDb(), ctx, input.orgId, true);
    revalidatePath(systemPath(input.orgId));
    return result;
  },
);

export const reopenSystem = defineHostAction(
  { schema: systemIdSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const result = await setSystemSuspended(await getDb(), ctx, input.orgId, false);
    revalidatePath(systemPath(input.orgId));
    return result;
  },
);

/**
 * A new invitation link for the first admin of a system that has none (the first was lost or
 * expired): the earlier admin links stop working. Shown to the host once, and mailed if it can be.
 */
export const inviteSystemAdmin = defineHostAction(
  { schema: inviteFirstAdminSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const db = await getDb();
    const { invitation, ...system } = await inviteFirstAdmin(db, ctx, input);
    const link = absoluteLink(
      appOrigin((await headers()).get('origin') ?? undefined),
      invitationPath(invitation.token),
    );
    const mailed = await mailInvitation(db, {
      orgId: system.orgId,
      orgName: system.name,
      timeZone: system.timeZone,
      email: input.adminEmail,
      role: 'admin',
      link,
      expiresAt: invitation.expiresAt,
      inviterName: ctx.name,
    });
    revalidatePath(systemPath(input.orgId));
    return {
      name: system.name,
      adminEmail: input.adminEmail,
      link,
      expiresOn: formatDay(dayOf(invitation.expiresAt, 'UTC')),
      mailed,
    };
  },
);

/** Schedules a suspended system's deletion, 30 days out, once its exact name is typed (decision 0025). */
export const scheduleDeletion = defineHostAction(
  { schema: scheduleDeletionSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const result = await scheduleSystemDeletion(await getDb(), ctx, input);
    revalidatePath(systemPath(input.orgId));
    return result;
  },
);

/** Cancels a scheduled deletion; the system stays suspended until a host admin reopens it. */
export const cancelDeletion = defineHostAction(
  { schema: systemIdSchema, revalidate: [consolePath] },
  async (input, ctx) => {
    const result = await cancelSystemDeletion(await getDb(), ctx, input.orgId);
    revalidatePath(systemPath(input.orgId));
    return result;
  },
);

const hostPasswordSchema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords are not the same.',
  });

/**
 * A host admin who signed in with a one-time password chooses their own. Every session of theirs
 * ends; this browser signs in again with the new password.
 */
export const changeHostPassword = defineHostAction(
  { schema: hostPasswordSchema, allowPasswordChange: true, redirectTo: () => consolePath },
  async (input, ctx) => {
    const db = await getDb();
    if (!ctx.mustChangePassword) {
      throw new ActionError('Change your password from your account page.');
    }
    const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, ctx.userId));
    if (user && (await verifyPassword(user.hash, input.newPassword))) {
      const message = 'Choose a password different from the one-time password.';
      throw new ActionError(message, { newPassword: [message] });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: false,
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, ctx.userId));
      await revokeSessions(tx, ctx.userId, 'all');
    });
    await signIn('credentials', { email: ctx.email, password: input.newPassword, redirect: false });
    return null;
  },
);

/** Signs the host admin out, ending the session on the server first (decision 0015). */
export const signOutHost = defineHostAction({ schema: z.object({}) }, async (_input, ctx) => {
  await endCallerSession(ctx);
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
  return null;
});
