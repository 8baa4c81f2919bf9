import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';

// Only an early redirect for signed-out visitors (back to where they were going after sign-in).
// Every page, action and route handler checks the session and role again itself.
const { auth } = NextAuth(authConfig);
export const proxy = auth;

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth).*)',
      // Server actions check the session themselves, and the proxy's refreshed session cookie
      // would otherwise overwrite the removal that signing out sets on the same response.
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
