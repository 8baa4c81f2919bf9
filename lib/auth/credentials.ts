import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, type User, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { spendVerifyTime, verifyPassword } from './password';
import {
  clearFailedSignIns,
  failureDelayMs,
  lockedUntil,
  normaliseEmail,
  recordFailedSignIn,
  signInPolicy,
} from './throttle';

export type SignInResult =
  | {
      ok: true;
      userId: string;
      membershipId: string;
      orgId: string;
      name: string;
      email: string;
      sessionVersion: number;
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'deactivated' };

type Options = { sleep?: (ms: number) => Promise<void> };
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a password against an account, within the sign-in limits: a locked address is refused
 * before the password is looked at, and every attempt is counted before it is checked, so that
 * guesses sent at the same moment cannot all slip past the limit. Past a few failures, the answer
 * comes slowly.
 */
export async function verifyAccountPassword(
  db: Db,
  emailInput: string,
  password: string,
  { sleep = realSleep }: Options = {},
): Promise<
  { ok: true; user: User } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; until: Date }
> {
  const email = normaliseEmail(emailInput);
  const until = await lockedUntil(db, email);
  if (until) return { ok: false, reason: 'locked', until };

  const attempt = await recordFailedSignIn(db, email);
  if (attempt.failedCount > signInPolicy.maxFailures && attempt.lockedUntil) {
    return { ok: false, reason: 'locked', until: attempt.lockedUntil };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  let passwordOk = false;
  if (user) passwordOk = await verifyPassword(user.passwordHash, password);
  else await spendVerifyTime(password);
  if (!user || !passwordOk) {
    if (attempt.lockedUntil) return { ok: false, reason: 'locked', until: attempt.lockedUntil };
    await sleep(failureDelayMs(attempt.failedCount));
    return { ok: false, reason: 'invalid' };
  }
  await clearFailedSignIns(db, email);
  return { ok: true, user };
}

/** Signs a member in: the password within the limits, then an active membership. */
export async function checkCredentials(
  db: Db,
  emailInput: string,
  password: string,
  options: Options = {},
): Promise<SignInResult> {
  const verified = await verifyAccountPassword(db, emailInput, password, options);
  if (!verified.ok) return verified;
  const { user } = verified;

  const [membership] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!membership) return { ok: false, reason: 'deactivated' };

  await db.transaction(async (tx) => {
    await tx.update(memberships).set({ lastSignInAt: new Date() }).where(eq(memberships.id, membership.id));
    await recordAudit(
      tx,
      { orgId: membership.orgId, userId: user.id },
      { action: 'member.sign_in', entityType: 'member', entityId: membership.id, after: { name: user.name } },
    );
  });
  return {
    ok: true,
    userId: user.id,
    membershipId: membership.id,
    orgId: membership.orgId,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
  };
}
