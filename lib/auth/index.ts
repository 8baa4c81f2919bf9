import 'server-only';
import NextAuth from 'next-auth';
import { authOptions, authOptionsForRequest } from './options';

export {
  BusySignIn,
  ClientLockedSignIn,
  DeactivatedSignIn,
  LockedSignIn,
  SsoOnlySignIn,
  SuspendedSignIn,
} from './options';

// Reading a session and password sign-in need no organization's identity provider: one fixed
// configuration. Auth.js's routes (the OpenID Connect redirect and callback) get the configuration
// with the provider their path names, made per request (decision 0027).
export const { auth, signIn, signOut } = NextAuth(authOptions());
export const { handlers } = NextAuth((request) => authOptionsForRequest(request));
