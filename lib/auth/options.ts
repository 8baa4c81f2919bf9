import 'server-only';
import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { isUuid } from '@/lib/ids';
import { clientAddress } from './client-address';
import { authConfig } from './config';
import { checkCredentials } from './credentials';
import { endSignedOutSession } from './sessions';
import { completeSsoSignIn } from './sso/complete';
import { orgIdOfProvider } from './sso/kinds';
import { ssoProviderFor } from './sso/provider';
import { signInSchema } from './validation';

export class LockedSignIn extends CredentialsSignin {
  code = 'locked';
}
export class ClientLockedSignIn extends CredentialsSignin {
  code = 'client_locked';
}
export class BusySignIn extends CredentialsSignin {
  code = 'busy';
}
export class DeactivatedSignIn extends CredentialsSignin {
  code = 'deactivated';
}
export class SuspendedSignIn extends CredentialsSignin {
  code = 'suspended';
}
export class SsoOnlySignIn extends CredentialsSignin {
  code = 'sso_only';
}

const credentials = Credentials({
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  // `request` carries the browser's own headers, also when signIn() is called from a server action.
  async authorize(raw, request) {
    const parsed = signInSchema.safeParse(raw);
    if (!parsed.success) return null;
    const result = await checkCredentials(await getDb(), parsed.data.email, parsed.data.password, {
      client: clientAddress(request.headers),
      userAgent: request.headers.get('user-agent'),
    });
    if (result.ok) {
      return {
        id: result.userId,
        name: result.name,
        email: result.email,
        membershipId: result.membershipId ?? undefined,
        orgId: result.orgId ?? undefined,
        sessionId: result.sessionId,
      };
    }
    if (result.reason === 'locked') throw new LockedSignIn();
    if (result.reason === 'client_locked') throw new ClientLockedSignIn();
    if (result.reason === 'busy') throw new BusySignIn();
    if (result.reason === 'deactivated') throw new DeactivatedSignIn();
    if (result.reason === 'suspended') throw new SuspendedSignIn();
    if (result.reason === 'sso_only') throw new SsoOnlySignIn();
    return null;
  },
});

/**
 * The whole Auth.js configuration: password sign-in always, and the identity provider of at most one
 * organization, for a request that signs in through it (decision 0027). `userAgent` is the browser's,
 * recorded with the session.
 */
export function authOptions(
  sso: { provider: Awaited<ReturnType<typeof ssoProviderFor>>; userAgent: string | null } | null = null,
): NextAuthConfig {
  return {
    ...authConfig,
    // Every failure lands on the sign-in page, which says in plain words what went wrong.
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: sso?.provider ? [credentials, sso.provider] : [credentials],
    callbacks: {
      ...authConfig.callbacks,
      async signIn({ user, account, profile }) {
        const orgId = orgIdOfProvider(account?.provider);
        if (!orgId) return true;
        const issuer = sso?.provider?.issuer;
        if (!issuer || !profile) return '/sign-in?sso=not_configured';
        const result = await completeSsoSignIn(await getDb(), {
          orgId,
          issuer,
          claims: profile as Record<string, unknown>,
          userAgent: sso.userAgent,
        });
        if (!result.ok) return `/sign-in?sso=${result.reason}`;
        // The token is made from this object next (Auth.js's jwt callback): our account, not the provider's.
        Object.assign(user, {
          id: result.userId,
          name: result.name,
          email: result.email,
          membershipId: result.membershipId,
          orgId: result.orgId,
          sessionId: result.sessionId,
        });
        return true;
      },
    },
    events: {
      // However the cookie is cleared (the app's sign-out action, or Auth.js's own sign-out route),
      // the session ends on the server too. The action has already ended it; this is then a no-op.
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        const { sub: userId, sessionId } = token ?? {};
        // The organization audited is the session row's, not the token's (decision 0023).
        if (!userId || !sessionId || !isUuid(sessionId)) return;
        try {
          await endSignedOutSession(await getDb(), { sessionId, userId });
        } catch (error) {
          logError('sign-out', error);
        }
      },
    },
  };
}

/** The configuration for one request to Auth.js's routes: with the organization's provider it names. */
export async function authOptionsForRequest(request: Request | undefined): Promise<NextAuthConfig> {
  if (!request) return authOptions();
  const match = new URL(request.url).pathname.match(/\/api\/auth\/(?:signin|callback)\/([^/]+)$/);
  const orgId = orgIdOfProvider(match?.[1]);
  if (!orgId) return authOptions();
  const provider = await ssoProviderFor(await getDb(), orgId);
  return authOptions({ provider, userAgent: request.headers.get('user-agent') });
}
