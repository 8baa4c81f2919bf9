import type { Db } from '@/db/client';
import { hostAdmins, users } from '@/db/schema';
import { hostAdmin, newHostAdmin } from './accounts';

/** Two host admins, members of no organization: one with a password of their own, one still to choose it. */
export async function seedHostAdmin(tx: Db, passwordHash: string) {
  const made = await tx
    .insert(users)
    .values([
      { ...hostAdmin, passwordHash },
      { ...newHostAdmin, passwordHash, mustChangePassword: true },
    ])
    .returning({ id: users.id });
  await tx.insert(hostAdmins).values(made.map((user) => ({ userId: user.id })));
}
