/**
 * The Content-Security-Policy of every response proxy.ts sees: the one place it is written
 * (decision 0016). Pages run only scripts carrying the request's nonce, and what those scripts load
 * ('strict-dynamic'), as Next.js documents it:
 * https://nextjs.org/docs/app/guides/content-security-policy
 */

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page (HTML) rendered for one request. */
export function pagePolicy(nonce: string, options: { dev?: boolean; fetchImages?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts when it finds it in this header of the request;
    // the chunks they load are trusted through 'strict-dynamic' ('self' serves only browsers that
    // predate it). `next dev` rebuilds server error stacks with eval, so development allows it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // Leaflet, recharts, dnd-kit and React's style props write style attributes, and Radix's
    // scroll lock adds <style> elements at run time: styles cannot run script, so inline ones stay.
    "style-src 'self' 'unsafe-inline'",
    // Map tiles come from whichever tile server an organization chooses (a setting in the
    // database, http or https), so images may come from anywhere; data: for icons in CSS.
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data:",
    // The map's data, summaries and base map, server actions and Next.js's own requests. The
    // printed map (`fetchImages`) reads its tiles again to save the sheet as a PNG, from the same
    // servers img-src already lets the page load them from.
    `connect-src 'self'${options.fetchImages ? ' https: http:' : ''}`,
    // The map's index runs in a Web Worker (components/map/cluster-worker.ts): its script is one of
    // the app's chunks, which Turbopack starts through a small blob: bootstrap.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No other site may frame these pages (clickjacking of buttons such as "Deactivate").
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of everything else the proxy answers: JSON, CSV, zip and GeoJSON downloads. None of
 * them is a page, so none may run, load or frame anything, even when opened in a tab.
 */
export const nonPagePolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
