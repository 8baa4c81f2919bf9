import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { isUuid } from '@/lib/ids';

// The unsubscribe link in every digest works without signing in, as mail rules require (RFC 8058):
// it names the membership and carries an HMAC of it under AUTH_SECRET, so nobody can make one for
// someone else. It only ever turns digests off.

function secret(): string {
  const configured = env.authSecret();
  if (configured) return configured;
  // Development without AUTH_SECRET: links work on this machine only; production refuses to start.
  if (env.isProduction()) throw new Error('AUTH_SECRET is required to sign unsubscribe links.');
  return 'partner-atlas-development-only';
}

const signature = (membershipId: string) =>
  createHmac('sha256', secret()).update(`digest-unsubscribe:${membershipId}`).digest('base64url');

export function unsubscribeToken(membershipId: string): string {
  return `${membershipId}.${signature(membershipId)}`;
}

/** The membership a token names when its signature holds; null otherwise. */
export function readUnsubscribeToken(token: string): string | null {
  const [membershipId, given, extra] = token.split('.');
  if (!membershipId || !given || extra !== undefined || !isUuid(membershipId)) return null;
  const expected = Buffer.from(signature(membershipId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? membershipId : null;
}
