// Drives a single sign-on the way a browser does, over HTTP: Auth.js's own sign-in and callback
// routes (the same configuration and failure logging as app/api/auth/[...nextauth]/route.ts), and the
// stand-in provider's authorization endpoint in between. Cookies are kept per site, as a browser does.
import NextAuth from 'next-auth';
import { authOptionsForRequest } from '@/lib/auth/options';
import { noteSsoFailure } from '@/lib/auth/sso/failures';
import { ssoProviderId } from '@/lib/auth/sso/kinds';

export const appOrigin = 'http://localhost:3000';
const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

const { handlers } = NextAuth((request) => authOptionsForRequest(request));

class Jar {
  readonly values = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function app(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header(), 'user-agent': browser },
  });
  const handler = (init.method ?? 'GET') === 'POST' ? handlers.POST : handlers.GET;
  // biome-ignore lint/suspicious/noExplicitAny: Auth.js's handler takes a NextRequest; a Request serves.
  const response = await noteSsoFailure(request, await handler(request as any));
  jar.take(response);
  return response;
}

export type SsoFlowResult = {
  /** Where the app sent the browser at the end. */
  location: string;
  /** The app's cookies at the end (the session cookie among them, on success). */
  cookies: Map<string, string>;
};

/**
 * Signs in through an organization's provider with this email as the login hint. `tamper` may change
 * the callback address the provider sends the browser back to (a forged state, say).
 */
export async function signInThroughProvider(
  orgId: string,
  email: string,
  options: { tamper?: (callback: URL) => void; callbackUrl?: string; otherBrowser?: boolean } = {},
): Promise<SsoFlowResult> {
  const jar = new Jar();
  const csrf = await app(jar, `${appOrigin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const start = await app(
    jar,
    `${appOrigin}/api/auth/signin/${ssoProviderId(orgId)}?${new URLSearchParams({ login_hint: email })}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrfToken,
        callbackUrl: options.callbackUrl ?? '/choose?next=%2Fmap',
      }).toString(),
    },
  );
  let next = start.headers.get('location') ?? '';
  if (!next.startsWith('http') || next.startsWith(appOrigin)) {
    return { location: next.replace(appOrigin, ''), cookies: jar.values };
  }
  // At the provider: follow its redirects until it sends the browser back to the app.
  const providerJar = new Jar();
  for (let hops = 0; hops < 10 && !next.startsWith(appOrigin); hops++) {
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: providerJar.header() } });
    providerJar.take(response);
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`The provider answered ${response.status} at ${next}: ${await response.text()}`);
    next = new URL(location, next).toString();
  }
  const callback = new URL(next);
  options.tamper?.(callback);
  // `otherBrowser`: the provider's answer arrives in a browser without the state and PKCE cookies.
  const finalJar = options.otherBrowser ? new Jar() : jar;
  const done = await app(finalJar, callback.toString());
  return { location: (done.headers.get('location') ?? '').replace(appOrigin, ''), cookies: finalJar.values };
}
