'use server';

import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { changePasswordSchema } from './validation';

/** A member changes their own password; required after signing in with a one-time password. */
export const changePassword = defineAction(
  {
    schema: changePasswordSchema,
    role: 'viewer',
    allowPasswordChange: true,
    redirectTo: () => '/?passwordChanged=1',
  },
  async (input, ctx) => {
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, ctx.userId));
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ActionError('Your current password is not right.', {
        currentPassword: ['This is not your current password.'],
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
        .where(eq(users.id, ctx.userId));
      await recordAudit(tx, ctx, {
        action: 'member.password_change',
        entityType: 'member',
        entityId: ctx.membershipId,
      });
    });
    return null;
  },
);
