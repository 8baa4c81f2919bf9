import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, organizations, ssoIdentities, ssoRequests, ssoSettings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { startSession } from '../sessions';
import { describeUserAgent } from '../user-agent';
import { emailDomain, verifiedEmail } from './kinds';

/**
 * An account made by single sign-on has no password: argon2 cannot verify this value, so only the
 * identity provider (or a one-time password an admin hands out later) opens it.
 */
export const ssoOnlyPassword = 'single-sign-on:no-password-set';

export type SsoRefusal =
  /** The organization has no identity provider (any more), or it is turned off. */
  | 'not_configured'
  | 'suspended'
  /** The provider gave no email address it has verified. */
  | 'unverified_email'
  | 'outside_domains'
  | 'deactivated'
  /** First time here, and the organization holds new people for an admin's approval. */
  | 'pending'
  /**
   * The email's account is already tied to another subject at this provider: an address the
   * provider gave to someone new does not open the previous holder's account.
   */
  | 'other_account';

export type SsoSignInResult =
  | {
      ok: true;
      userId: string;
      membershipId: string;
      orgId: string;
      name: string;
      email: string;
      sessionId: string;
      joined: boolean;
    }
  | { ok: false; reason: SsoRefusal; email: string | null };

type Claims = Record<string, unknown>;

/**
 * Signs in a person an organization's identity provider has just vouched for (the ID token's claims,
 * checked by Auth.js: signature, issuer, audience, nonce; the state and PKCE checks came before).
 * The account is found by (issuer, subject), else by the verified email; a first-time person joins
 * with the default role or waits for approval. Success records the session, the sign-in and any new
 * membership in one transaction; a refusal writes a `member.sso_refused` entry in the
 * organization's log (the sign-in log), with the reason and the email the provider gave.
 */
export async function completeSsoSignIn(
  db: Db,
  input: { orgId: string; issuer: string; claims: Claims; userAgent: string | null },
): Promise<SsoSignInResult> {
  const result = await trySsoSignIn(db, input);
  if (!result.ok) {
    await recordAudit(
      db,
      { orgId: input.orgId, userId: null },
      {
        action: result.reason === 'pending' ? 'member.sso_request' : 'member.sso_refused',
        entityType: 'organization',
        entityId: input.orgId,
        after: { email: result.email, reason: result.reason, browser: describeUserAgent(input.userAgent) },
      },
    );
  }
  return result;
}

async function trySsoSignIn(
  db: Db,
  {
    orgId,
    issuer,
    claims,
    userAgent,
  }: { orgId: string; issuer: string; claims: Claims; userAgent: string | null },
): Promise<SsoSignInResult> {
  const [config] = await db
    .select({ settings: ssoSettings, suspendedAt: organizations.suspendedAt })
    .from(ssoSettings)
    .innerJoin(organizations, eq(organizations.id, ssoSettings.orgId))
    .where(eq(ssoSettings.orgId, orgId));
  const email = config ? verifiedEmail(config.settings.kind, claims) : null;
  if (!config?.settings.enabled || config.settings.issuer !== issuer) {
    return { ok: false, reason: 'not_configured', email };
  }
  if (config.suspendedAt) return { ok: false, reason: 'suspended', email };
  if (!email) return { ok: false, reason: 'unverified_email', email: null };
  if (!config.settings.allowedDomains.includes(emailDomain(email))) {
    return { ok: false, reason: 'outside_domains', email };
  }
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!subject) return { ok: false, reason: 'unverified_email', email };
  const givenName =
    typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  const settings = config.settings;

  return db.transaction(async (tx): Promise<SsoSignInResult> => {
    // The subject decides who this is; the email only finds an account not yet linked to it.
    const [linked] = await tx
      .select({ user: users })
      .from(ssoIdentities)
      .innerJoin(users, eq(users.id, ssoIdentities.userId))
      .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
    let user = linked?.user;
    if (!user) {
      [user] = await tx.select().from(users).where(eq(users.email, email));
      if (user) {
        const [other] = await tx
          .select({ id: ssoIdentities.id })
          .from(ssoIdentities)
          .where(and(eq(ssoIdentities.userId, user.id), eq(ssoIdentities.issuer, issuer)));
        if (other) return { ok: false, reason: 'other_account', email };
      }
    }

    let membership = user
      ? (
          await tx
            .select()
            .from(memberships)
            .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, user.id)))
        )[0]
      : undefined;
    if (membership && !membership.active) return { ok: false, reason: 'deactivated', email };

    let joined = false;
    if (!membership) {
      if (settings.newPeople === 'approve') {
        await tx
          .insert(ssoRequests)
          .values({ orgId, issuer, subject, email, name: givenName })
          .onConflictDoUpdate({
            target: [ssoRequests.orgId, ssoRequests.issuer, ssoRequests.subject],
            set: { email, name: givenName },
          });
        return { ok: false, reason: 'pending', email };
      }
      if (!user) {
        [user] = await tx
          .insert(users)
          .values({ email, name: givenName, passwordHash: ssoOnlyPassword })
          .returning();
        if (!user) throw new Error('Insert returned no user');
      }
      [membership] = await tx
        .insert(memberships)
        .values({ orgId, userId: user.id, role: settings.defaultRole })
        .returning();
      if (!membership) throw new Error('Insert returned no membership');
      joined = true;
      await recordAudit(
        tx,
        { orgId, userId: user.id },
        {
          action: 'member.create',
          entityType: 'member',
          entityId: membership.id,
          after: { name: user.name, email: user.email, role: membership.role, via: 'single sign-on' },
        },
      );
    }
    if (!user) throw new Error('No account for a membership');

    if (linked) {
      await tx
        .update(ssoIdentities)
        .set({ email, lastSignInAt: new Date() })
        .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
    } else {
      await tx.insert(ssoIdentities).values({ userId: user.id, issuer, subject, email });
    }
    await tx.update(memberships).set({ lastSignInAt: new Date() }).where(eq(memberships.id, membership.id));
    const sessionId = await startSession(
      tx,
      {
        userId: user.id,
        membershipId: membership.id,
        sessionVersion: user.sessionVersion,
        ssoIssuer: issuer,
      },
      userAgent,
    );
    await recordAudit(
      tx,
      { orgId, userId: user.id },
      {
        action: 'member.sign_in',
        entityType: 'member',
        entityId: membership.id,
        after: { name: user.name, browser: describeUserAgent(userAgent), method: 'single sign-on', email },
      },
    );
    return {
      ok: true,
      userId: user.id,
      membershipId: membership.id,
      orgId,
      name: user.name,
      email: user.email,
      sessionId,
      joined,
    };
  });
}
