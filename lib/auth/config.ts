import type { NextAuthConfig } from 'next-auth';

/** Sessions do not roll (decision 0003): each ends this long after signing in. */
export const sessionHours = 12;

/** Pages anyone may open. Everything else needs a session, and checks it itself. */
// /calendar: feeds that calendar apps fetch without a session; their secret address is the key.
// /unsubscribe: the digest's unsubscribe link, which works without signing in (signed token).
// /invite: an invitation link (decision 0024), opened before the person has an account.
const publicPrefixes = [
  '/sign-in',
  '/setup',
  '/api/auth',
  '/calendar',
  '/unsubscribe',
  '/api/unsubscribe',
  '/invite',
];

export function isPublicPath(pathname: string): boolean {
  return publicPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * The part of the Auth.js configuration that needs no database; `./index.ts` adds the provider.
 */
export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: sessionHours * 60 * 60 },
  // The app is reached under whatever host the library deploys it on; AUTH_URL pins one if set.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // A host admin's session may have no membership; every session has its recorded id.
      if (user?.sessionId) {
        token.membershipId = user.membershipId;
        token.orgId = user.orgId;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.membershipId = token.membershipId;
      session.sessionId = token.sessionId;
      return session;
    },
  },
  logger: {
    // A wrong password is an answer, not a server error: keep it out of the log.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === 'CredentialsSignin' || error.name === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
    warn(code) {
      if (code !== 'debug-enabled') console.warn('[auth]', code);
    },
  },
} satisfies NextAuthConfig;
