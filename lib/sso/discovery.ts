import 'server-only';
import { lookup } from 'node:dns/promises';
import { env } from '@/lib/env';
import { isPublicAddress } from '@/lib/mail/host-check';

/**
 * An organization's issuer must be on the public internet and served over HTTPS: an admin of a hosted
 * service must not reach its internal network through it. SSO_ALLOW_PRIVATE_ISSUERS=1 lets the
 * operator allow private addresses and plain HTTP (tests; a library's own provider on its network).
 */
export async function checkIssuerAddress(issuer: string): Promise<string | null> {
  const url = new URL(issuer);
  if (env.ssoAllowPrivateIssuers()) return null;
  if (url.protocol !== 'https:') return 'The issuer’s address must start with https://.';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return `Could not find ${url.hostname}: check the address.`;
  }
  if (!addresses.length || !addresses.every(isPublicAddress)) {
    return 'This issuer is on a private or internal network address, which Partner Atlas does not connect to. Ask whoever runs Partner Atlas to allow private addresses.';
  }
  return null;
}

export type DiscoveryReport = { ok: true; lines: string[] } | { ok: false; message: string };

/**
 * Fetches the issuer's discovery document, as sign-in will, and says in plain words what was found
 * or what is wrong.
 */
export async function testDiscovery(issuer: string): Promise<DiscoveryReport> {
  const blocked = await checkIssuerAddress(issuer);
  if (blocked) return { ok: false, message: blocked };
  const address = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      ok: false,
      message: timedOut
        ? `${address} did not answer within 10 seconds.`
        : `Could not reach ${address}. Check the issuer (or tenant) and that the provider is up.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `${address} answered ${response.status}: this issuer has no discovery document there. Check the issuer (or tenant).`,
    };
  }
  let document: Record<string, unknown>;
  try {
    document = (await response.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, message: `${address} did not answer with a discovery document (JSON).` };
  }
  if (document.issuer !== issuer) {
    return {
      ok: false,
      message: `The provider calls itself “${String(document.issuer)}”, not “${issuer}”. Enter the issuer exactly as the provider names it.`,
    };
  }
  const missing = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'].filter(
    (field) => typeof document[field] !== 'string',
  );
  if (missing.length) return { ok: false, message: `The discovery document lacks ${missing.join(', ')}.` };
  const methods = Array.isArray(document.code_challenge_methods_supported)
    ? document.code_challenge_methods_supported
    : [];
  const lines = [
    `Found the provider ${issuer}.`,
    `People sign in at ${String(document.authorization_endpoint)}.`,
    methods.includes('S256')
      ? 'It supports PKCE (S256), which Partner Atlas uses.'
      : 'It does not say it supports PKCE (S256); Partner Atlas sends it anyway, and most providers accept it.',
  ];
  return { ok: true, lines };
}
