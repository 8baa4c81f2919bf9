import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostAdmins, users } from '@/db/schema';
import { generateOneTimePassword, hashPassword } from '@/lib/auth/password';
import { recordHostAudit } from './audit';

export type AddedHostAdmin =
  /** A new account: the one-time password is shown once, and must be changed at first sign-in. */
  | { status: 'created'; userId: string; oneTimePassword: string }
  /** An existing account (a member somewhere, say) became a host admin; its password is unchanged. */
  | { status: 'promoted'; userId: string }
  | { status: 'already'; userId: string };

/**
 * Makes a host admin (npm run host:add-admin, or first-run setup), with its host audit entry in the
 * same transaction. `actorUserId` is null from the command line.
 */
export async function addHostAdmin(
  db: Db,
  input: { email: string; name: string },
  actorUserId: string | null = null,
): Promise<AddedHostAdmin> {
  const email = input.email.trim().toLowerCase();
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    let userId = existing?.id;
    if (!userId) {
      const [user] = await tx
        .insert(users)
        .values({ email, name: input.name, passwordHash, mustChangePassword: true })
        .returning({ id: users.id });
      if (!user) throw new Error('Insert returned no user');
      userId = user.id;
    }
    const added = await tx.insert(hostAdmins).values({ userId }).onConflictDoNothing().returning();
    if (!added.length) return { status: 'already', userId };
    await recordHostAudit(tx, {
      actorUserId,
      action: 'host_admin.add',
      details: { name: input.name, email, newAccount: !existing },
    });
    return existing ? { status: 'promoted', userId } : { status: 'created', userId, oneTimePassword };
  });
}
