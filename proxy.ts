import { type NextRequest, NextResponse } from 'next/server';
import { isPublicPath } from '@/lib/auth/config';

// Auth.js's session cookie, plain or (over HTTPS) prefixed, possibly split into numbered chunks.
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Only an early redirect for visitors without a session cookie, back to where they were going
 * after signing in. It neither validates nor refreshes the session: every page, action and route
 * handler checks the session and role itself. (Auth.js's own proxy re-sends the session cookie on
 * every response, and a response still in flight when someone signs out would sign them back in.)
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();
  if (request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) return NextResponse.next();
  if (pathname.startsWith('/api/')) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  const signIn = new URL('/sign-in', request.url);
  // From the bare address, people land where signing in takes them by default (the map).
  if (pathname !== '/' || search) signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth).*)',
      // Server actions answer for themselves (a redirect is no answer to an action call).
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
