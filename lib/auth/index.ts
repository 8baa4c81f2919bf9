import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { isUuid } from '@/lib/ids';
import { clientAddress } from './client-address';
import { authConfig } from './config';
import { checkCredentials } from './credentials';
import { endSignedOutSession } from './sessions';
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

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
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
        return null;
      },
    }),
  ],
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
});
