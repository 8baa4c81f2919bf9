import { type NextRequest, NextResponse } from 'next/server';
import { isPublicPath } from '@/lib/auth/config';
import { newNonce, nonPagePolicy, pagePolicy } from '@/lib/content-security-policy';
import { env } from '@/lib/env';

// Auth.js's session cookie, plain or (over HTTPS) prefixed, possibly split into numbered chunks.
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

const policyHeader = 'Content-Security-Policy';

function withPolicy<T extends Response>(response: T, policy: string): T {
  response.headers.set(policyHeader, policy);
  return response;
}

/**
 * Two jobs, neither of them a security check of the session:
 * - an early redirect for visitors without a session cookie, back to where they were going after
 *   signing in. It neither validates nor refreshes the session: every page, action and route
 *   handler checks the session and role itself. (Auth.js's own proxy re-sends the session cookie
 *   on every response, and a response still in flight when someone signs out would sign them
 *   back in.)
 * - the Content-Security-Policy (lib/content-security-policy.ts): each page gets a nonce of its
 *   own, put in the request's header too, where Next.js finds it and marks its scripts with it.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const api = pathname.startsWith('/api/');
  const signedOut =
    !isPublicPath(pathname) && !request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name));
  if (signedOut && api) {
    return withPolicy(Response.json({ error: 'Sign in first.' }, { status: 401 }), nonPagePolicy);
  }
  if (signedOut) {
    const signIn = new URL('/sign-in', request.url);
    // From the bare address, people land where signing in takes them by default (the map).
    if (pathname !== '/' || search) signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return withPolicy(NextResponse.redirect(signIn), nonPagePolicy);
  }
  if (api) return withPolicy(NextResponse.next(), nonPagePolicy);

  const nonce = newNonce();
  const policy = pagePolicy(nonce, { dev: env.isDevelopment(), fetchImages: pathname === '/map/print' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set(policyHeader, policy);
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

export const config = {
  matcher: [
    {
      // Static files and Auth.js's own routes need neither (next.config.js still forbids framing).
      source: '/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth).*)',
      // Server actions answer for themselves (a redirect is no answer to an action call), and
      // with the page's data, never a page of their own: they need no nonce.
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
