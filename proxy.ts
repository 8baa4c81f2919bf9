import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';

// Only an early redirect for signed-out visitors (back to where they were going after sign-in).
// Every page, action and route handler checks the session and role again itself.
const { auth } = NextAuth(authConfig);
export const proxy = auth;

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth).*)'],
};
