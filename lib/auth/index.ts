import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { authConfig } from './config';
import { checkCredentials } from './credentials';
import { signInSchema } from './validation';

export class LockedSignIn extends CredentialsSignin {
  code = 'locked';
}
export class DeactivatedSignIn extends CredentialsSignin {
  code = 'deactivated';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(await getDb(), parsed.data.email, parsed.data.password);
        if (result.ok) {
          return {
            id: result.userId,
            name: result.name,
            email: result.email,
            membershipId: result.membershipId,
            orgId: result.orgId,
            sessionVersion: result.sessionVersion,
          };
        }
        if (result.reason === 'locked') throw new LockedSignIn();
        if (result.reason === 'deactivated') throw new DeactivatedSignIn();
        return null;
      },
    }),
  ],
});
