import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostAdmins, memberships, organizations, ssoSettings, type User, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { spendVerifyTime, verifyPassword } from './password';
import { startSession } from './sessions';
import { countAttempt, forgiveAttempt, sprayPolicy } from './spray-limits';
import {
  clearFailedSignIns,
  failureDelayMs,
  lockedUntil,
  normaliseEmail,
  recordFailedSignIn,
  signInPolicy,
} from './throttle';
import { describeUserAgent } from './user-agent';

/** Why a password was not accepted. None of them says whether the address has an account. */
export type PasswordRefusal =
  | { ok: false; reason: 'invalid' }
  /** Too many failures for this email address. */
  | { ok: false; reason: 'locked'; until: Date }
  /** Too many failures from this client address. */
  | { ok: false; reason: 'client_locked'; until: Date }
  /** Unsuccessful sign-ins across the service are over the ceiling, and this client or address failed lately. */
  | { ok: false; reason: 'busy' };

export type SignInResult =
  | {
      ok: true;
      userId: string;
      /** Null for a host admin who is a member nowhere: the session opens the host console only. */
      membershipId: string | null;
      orgId: string | null;
      name: string;
      email: string;
      sessionId: string;
    }
  | PasswordRefusal
  | { ok: false; reason: 'deactivated' }
  /** Every organization the person belongs to is suspended by the host (decision 0023). */
  | { ok: false; reason: 'suspended' }
  /** Every organization left signs in through its identity provider only (decision 0027). */
  | { ok: false; reason: 'sso_only' };

export type PasswordOptions = {
  sleep?: (ms: number) => Promise<void>;
  /** The client address (./client-address.ts); 'unknown' when there is none to be had. */
  client?: string;
};
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a password against an account, within the sign-in limits: a locked address is refused
 * before the password is looked at, and every attempt is counted (per email, per client, across
 * the service) before it is checked, so that guesses sent at the same moment cannot all slip past
 * the limits. Past a few failures, the answer comes slowly.
 */
export async function verifyAccountPassword(
  db: Db,
  emailInput: string,
  password: string,
  { sleep = realSleep, client = 'unknown' }: PasswordOptions = {},
): Promise<{ ok: true; user: User } | PasswordRefusal> {
  const email = normaliseEmail(emailInput);
  const until = await lockedUntil(db, email);
  if (until) return { ok: false, reason: 'locked', until };

  const pressure = await countAttempt(db, client);
  if (pressure.clientCount > sprayPolicy.client.maxFailures && pressure.clientLockedUntil) {
    return { ok: false, reason: 'client_locked', until: pressure.clientLockedUntil };
  }
  const attempt = await recordFailedSignIn(db, email);
  if (attempt.failedCount > signInPolicy.maxFailures && attempt.lockedUntil) {
    return { ok: false, reason: 'locked', until: attempt.lockedUntil };
  }
  // Over the ceiling, one failure is all any client and any address gets until things calm down:
  // a spray from many clients gets one guess each, while a person who types their password right
  // the first time still gets in.
  if (
    pressure.serviceCount > sprayPolicy.ceilingPerMinute() &&
    (pressure.clientCount > 1 || attempt.failedCount > 1)
  ) {
    return { ok: false, reason: 'busy' };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  let passwordOk = false;
  if (user) passwordOk = await verifyPassword(user.passwordHash, password);
  else await spendVerifyTime(password);
  if (!user || !passwordOk) {
    if (attempt.lockedUntil) return { ok: false, reason: 'locked', until: attempt.lockedUntil };
    if (pressure.clientLockedUntil)
      return { ok: false, reason: 'client_locked', until: pressure.clientLockedUntil };
    await sleep(failureDelayMs(attempt.failedCount));
    return { ok: false, reason: 'invalid' };
  }
  await clearFailedSignIns(db, email);
  await forgiveAttempt(db, pressure);
  return { ok: true, user };
}

/**
 * Signs a member in: the password within the limits, then an active membership in an organization
 * that is not suspended (the oldest: choosing among several is a later step of decision 0023), then
 * a session recorded on the server (its id goes into the cookie). A host admin with no such
 * membership gets a session without one, which opens the host console only.
 */
export async function checkCredentials(
  db: Db,
  emailInput: string,
  password: string,
  options: PasswordOptions & { userAgent?: string | null } = {},
): Promise<SignInResult> {
  const verified = await verifyAccountPassword(db, emailInput, password, options);
  if (!verified.ok) return verified;
  const { user } = verified;

  const active = await db
    .select({
      membership: memberships,
      suspended: organizations.suspendedAt,
      passwordOff: ssoSettings.passwordSignInOff,
      breakGlass: ssoSettings.breakGlassMembershipId,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .leftJoin(ssoSettings, eq(ssoSettings.orgId, memberships.orgId))
    .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
    .orderBy(asc(memberships.createdAt));
  const open = active.filter((row) => row.suspended === null);
  // An organization that turned password sign-in off opens by password for its break-glass admin only.
  const byPassword = (row: (typeof active)[number]) =>
    !row.passwordOff || row.breakGlass === row.membership.id;
  const membership = open.find(byPassword)?.membership;
  if (!membership) {
    const [host] = await db.select().from(hostAdmins).where(eq(hostAdmins.userId, user.id));
    if (host) return startHostSession(db, user, options.userAgent ?? null);
    if (open.length) return { ok: false, reason: 'sso_only' };
    return { ok: false, reason: active.length ? 'suspended' : 'deactivated' };
  }

  const sessionId = await db.transaction(async (tx) => {
    await tx.update(memberships).set({ lastSignInAt: new Date() }).where(eq(memberships.id, membership.id));
    const id = await startSession(
      tx,
      { userId: user.id, membershipId: membership.id, sessionVersion: user.sessionVersion },
      options.userAgent ?? null,
    );
    await recordAudit(
      tx,
      { orgId: membership.orgId, userId: user.id },
      {
        action: 'member.sign_in',
        entityType: 'member',
        entityId: membership.id,
        after: { name: user.name, browser: describeUserAgent(options.userAgent) },
      },
    );
    return id;
  });
  return {
    ok: true,
    userId: user.id,
    membershipId: membership.id,
    orgId: membership.orgId,
    name: user.name,
    email: user.email,
    sessionId,
  };
}

/** A host admin who belongs to no open organization: a session for the host console only. */
async function startHostSession(db: Db, user: User, userAgent: string | null): Promise<SignInResult> {
  const sessionId = await startSession(
    db,
    { userId: user.id, membershipId: null, sessionVersion: user.sessionVersion },
    userAgent,
  );
  return {
    ok: true,
    userId: user.id,
    membershipId: null,
    orgId: null,
    name: user.name,
    email: user.email,
    sessionId,
  };
}
