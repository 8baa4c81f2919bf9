import { createHash, randomBytes } from 'node:crypto';

// A feed address is a bearer secret (calendar apps cannot sign in): 32 random bytes, of which the
// database keeps only the SHA-256. Looking a feed up by that hash reveals nothing an attacker could
// use to guess a secret byte by byte, so no comparison of secrets happens in the app.

const secretShape = /^[A-Za-z0-9_-]{43}$/;

export function newFeedSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret, or null for something that cannot be one. */
export function feedSecretHash(secret: string): string | null {
  if (!secretShape.test(secret)) return null;
  return createHash('sha256').update(secret).digest('hex');
}

/** The path of a member's feed. */
export function feedPath(secret: string): string {
  return `/calendar/${secret}.ics`;
}
