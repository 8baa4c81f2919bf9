import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { spendVerifyTime, verifyPassword } from './password';
import {
  clearFailedSignIns,
  failureDelayMs,
  lockedUntil,
  normaliseEmail,
  recordFailedSignIn,
} from './throttle';

export type SignInResult =
  | { ok: true; userId: string; membershipId: string; orgId: string; name: string; email: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'deactivated' };

type Options = { sleep?: (ms: number) => Promise<void> };
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. A locked address is refused before the password is looked at;
 * a wrong password counts towards the lock and, past a few, is answered slowly.
 */
export async function checkCredentials(
  db: Db,
  emailInput: string,
  password: string,
  { sleep = realSleep }: Options = {},
): Promise<SignInResult> {
  const email = normaliseEmail(emailInput);
  const until = await lockedUntil(db, email);
  if (until) return { ok: false, reason: 'locked', until };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  let passwordOk = false;
  if (user) passwordOk = await verifyPassword(user.passwordHash, password);
  else await spendVerifyTime(password);
  if (!user || !passwordOk) {
    const failure = await recordFailedSignIn(db, email);
    if (failure.lockedUntil) return { ok: false, reason: 'locked', until: failure.lockedUntil };
    await sleep(failureDelayMs(failure.failedCount));
    return { ok: false, reason: 'invalid' };
  }

  await clearFailedSignIns(db, email);
  const [membership] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!membership) return { ok: false, reason: 'deactivated' };

  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { orgId: membership.orgId, userId: user.id },
      {
        action: 'member.sign_in',
        entityType: 'member',
        entityId: membership.id,
      },
    );
  });
  return {
    ok: true,
    userId: user.id,
    membershipId: membership.id,
    orgId: membership.orgId,
    name: user.name,
    email: user.email,
  };
}
