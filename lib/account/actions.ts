'use server';

import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { signIn } from '@/lib/auth';
import { ActionError, defineAction } from '@/lib/auth/action';
import { verifyAccountPassword } from '@/lib/auth/credentials';
import { lockedMessage } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password';
import { changePasswordSchema } from './validation';

/**
 * A member changes their own password; required after signing in with a one-time password.
 * Every other session of theirs ends; this one is renewed with the new password.
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
    // Within the sign-in limits, so a borrowed session cannot guess the password at leisure.
    const verified = await verifyAccountPassword(db, ctx.email, input.currentPassword);
    if (!verified.ok && verified.reason === 'locked') throw new ActionError(lockedMessage(verified.until));
    if (!verified.ok || verified.user.id !== ctx.userId) {
      throw new ActionError('Your current password is not right.', {
        currentPassword: ['This is not your current password.'],
      });
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
      await recordAudit(tx, ctx, {
        action: 'member.password_change',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name },
      });
    });
    await signIn('credentials', { email: ctx.email, password: input.newPassword, redirect: false });
    return null;
  },
);
