'use server';

import { eq, sql } from 'drizzle-orm';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { signIn, signOut } from '@/lib/auth';
import { ActionError, defineAction } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { verifyAccountPassword } from '@/lib/auth/credentials';
import { refusalMessage } from '@/lib/auth/messages';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { revokeSessions } from '@/lib/auth/sessions';
import { signedInWithOneTimePasswordJustNow } from './queries';
import { changePasswordSchema } from './validation';

/**
 * A member changes their own password; required after signing in with a one-time password.
 * Every session of theirs ends, on the server too; this browser gets a new one with the new password.
 */
export const changePassword = defineAction(
  {
    schema: changePasswordSchema,
    role: 'viewer',
    allowPasswordChange: true,
    redirectTo: () => '/?passwordChanged=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    if (await signedInWithOneTimePasswordJustNow(db, ctx)) {
      // Typed a moment ago to sign in: asking again proves nothing. It may not be kept, though.
      await refuseTheOneTimePassword(ctx.userId, input.newPassword);
    } else {
      await checkCurrentPassword(ctx, input.currentPassword);
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
      const ended = await revokeSessions(tx, ctx.userId, 'all');
      await recordAudit(tx, ctx, {
        action: 'member.password_change',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name, sessionsEnded: ended.length },
      });
    });
    await signIn('credentials', { email: ctx.email, password: input.newPassword, redirect: false });
    return null;
  },
);

/** Refuses a current password that is missing or wrong, within the sign-in limits (a borrowed session cannot guess at leisure). */
async function checkCurrentPassword(ctx: { email: string; userId: string }, currentPassword: string) {
  if (!currentPassword) {
    throw new ActionError('Enter your current password.', {
      currentPassword: ['Enter your current password.'],
    });
  }
  const verified = await verifyAccountPassword(await getDb(), ctx.email, currentPassword, {
    client: clientAddress(await headers()),
  });
  if (!verified.ok && verified.reason !== 'invalid') throw new ActionError(refusalMessage(verified));
  if (!verified.ok || verified.user.id !== ctx.userId) {
    throw new ActionError('Your current password is not right.', {
      currentPassword: ['This is not your current password.'],
    });
  }
}

/** A one-time password was sent by someone else (an e-mail, a note): it may not become the member's own. */
async function refuseTheOneTimePassword(userId: string, newPassword: string) {
  const db = await getDb();
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (user && (await verifyPassword(user.passwordHash, newPassword))) {
    throw new ActionError('Choose a password different from the one-time password.', {
      newPassword: ['Choose a password different from the one-time password.'],
    });
  }
}

const noFields = z.object({});

/** Ends every session of the member's but the one in this browser (a phone left signed in, a shared desk). */
export const endOtherSessions = defineAction(
  { schema: noFields, role: 'viewer', revalidate: ['/account'] },
  async (_input, ctx) => {
    const db = await getDb();
    const ended = await db.transaction(async (tx) => {
      const rows = await revokeSessions(tx, ctx.userId, { except: ctx.sessionId });
      await recordAudit(tx, ctx, {
        action: 'member.sessions_end_others',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name, sessionsEnded: rows.length },
      });
      return rows.length;
    });
    return { ended };
  },
);

/** Ends every session of the member's, this one too, and signs this browser out. */
export const endAllSessions = defineAction({ schema: noFields, role: 'viewer' }, async (_input, ctx) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const rows = await revokeSessions(tx, ctx.userId, 'all');
    await recordAudit(tx, ctx, {
      action: 'member.sessions_end_all',
      entityType: 'member',
      entityId: ctx.membershipId,
      after: { name: ctx.name, sessionsEnded: rows.length },
    });
  });
  // Clears this browser's cookie and ends in the sign-in page (a redirect, passed on by defineAction).
  await signOut({ redirectTo: '/sign-in?signedOut=all' });
  return null;
});
