import { createHash, randomBytes } from 'node:crypto';

// An invitation link carries 32 random bytes (256 bits): nobody guesses one, so the page needs no
// attempt counter of its own. Only the SHA-256 is stored: the table alone opens nothing.

/** How long a link stands. */
export const invitationDays = 7;

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token for a link, and the hash to store. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

/** The path of an invitation's page; the token is base64url, safe in a path as it is. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/** True for text shaped like a token (43 base64url characters), so junk never reaches the database. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
