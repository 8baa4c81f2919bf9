import { env } from '@/lib/env';

/** Used when AUTH_URL is not set and no request tells the address (the command line, tests). */
const localAddress = 'http://localhost:3000';

/**
 * The app's address for links that leave it: AUTH_URL, else the address the request came to (a
 * calendar app fetching a feed), else the local development address.
 */
export function appOrigin(requestUrl?: string): string {
  const configured = env.appUrl();
  if (configured) return configured;
  if (requestUrl && URL.canParse(requestUrl)) {
    const url = new URL(requestUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  }
  return localAddress;
}

/** An absolute link to a path of the app. */
export function absoluteLink(origin: string, path: string): string {
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`;
}
