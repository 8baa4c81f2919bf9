import type { Db } from '@/db/client';
import { hostAdmins, users } from '@/db/schema';
import { hostAdmin } from './accounts';

/** The host admin, with the browser tests' password already chosen (no membership anywhere). */
export async function seedHostAdmin(tx: Db, passwordHash: string) {
  const [user] = await tx
    .insert(users)
    .values({ ...hostAdmin, passwordHash })
    .returning({ id: users.id });
  await tx.insert(hostAdmins).values({ userId: user!.id });
}
