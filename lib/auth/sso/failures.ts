import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { ssoSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { describeUserAgent } from '../user-agent';
import { providerErrorCodes } from './failures-codes';
import { orgIdOfProvider } from './kinds';

export { providerErrorCodes };

/**
 * After Auth.js has answered a request to an organization's sign-in or callback route: when it sent
 * the person back to the sign-in page with an error (a state or PKCE check that failed, the provider's
 * refusal, a provider that could not be reached), the failure goes into the organization's log, and
 * the provider's error code (only a known one: the page never shows text from the address) is added
 * to the address so the page can say what it means. Refusals after the provider vouched for someone
 * are logged where they are decided (./complete.ts).
 */
export async function noteSsoFailure(request: Request, response: Response): Promise<Response> {
  const url = new URL(request.url);
  const match = url.pathname.match(/\/api\/auth\/(signin|callback)\/([^/]+)$/);
  const orgId = orgIdOfProvider(match?.[2]);
  const location = response.headers.get('location');
  if (!orgId || !location) return response;
  const target = new URL(location, url);
  const error = target.searchParams.get('error');
  if (target.pathname !== '/sign-in' || !error) return response;

  const sent = url.searchParams.get('error') ?? '';
  const providerError = (providerErrorCodes as readonly string[]).includes(sent) ? sent : null;
  try {
    const db = await getDb();
    const [settings] = await db
      .select({ orgId: ssoSettings.orgId })
      .from(ssoSettings)
      .where(eq(ssoSettings.orgId, orgId));
    if (settings) {
      await recordAudit(
        db,
        { orgId, userId: null },
        {
          action: 'member.sso_refused',
          entityType: 'organization',
          entityId: orgId,
          after: {
            // The callback's checks (state, PKCE, nonce, the ID token) or the provider's own refusal;
            // or the start, when the provider's discovery document could not be fetched.
            reason: match?.[1] === 'callback' ? 'callback_failed' : 'start_failed',
            authError: error,
            providerError: providerError ?? (sent ? 'other' : null),
            // What the provider said, kept for the admin (never shown on the public page), cut short.
            providerDescription: url.searchParams.get('error_description')?.slice(0, 300) ?? null,
            browser: describeUserAgent(request.headers.get('user-agent')),
          },
        },
      );
    }
  } catch (failure) {
    logError('sso-failure', failure);
  }
  if (providerError) target.searchParams.set('provider_error', providerError);
  else if (match?.[1] === 'callback') target.searchParams.set('step', 'callback');
  else return response;
  const headers = new Headers(response.headers);
  headers.set('location', `${target.pathname}${target.search}`);
  return new Response(response.body, { status: response.status, headers });
}
