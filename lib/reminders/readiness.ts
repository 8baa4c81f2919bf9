import { env } from '@/lib/env';

/**
 * Why digests must not be sent from here, or null when they may. Without AUTH_URL every link in a
 * digest, the unsubscribe link and List-Unsubscribe among them, would point at http://localhost:3000:
 * refused in production and from the command line (which has no request to learn the address from).
 * The command also needs AUTH_SECRET, or the unsubscribe links would be signed with the development
 * secret and not work on the app.
 */
export function digestSendingProblem(where: 'command' | 'scheduler'): string | null {
  const problems: string[] = [];
  if (!env.appUrl() && (where === 'command' || env.isProduction())) {
    problems.push(
      'AUTH_URL is not set, so the digests’ links (and their unsubscribe links) would point at http://localhost:3000: set AUTH_URL to the app’s address, e.g. https://atlas.library.example.',
    );
  }
  if (where === 'command' && !env.authSecret()) {
    problems.push(
      'AUTH_SECRET is not set, so the unsubscribe links would be signed with a development secret the app does not accept: set it as the app has it.',
    );
  }
  return problems.length ? `No digests sent. ${problems.join(' ')} (README.md, "Configuration").` : null;
}
