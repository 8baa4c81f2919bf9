import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

// An organization's stored secrets (an identity provider's client secret, decision 0027; its own
// mail server's password, decision 0022), encrypted at rest: AES-256-GCM with a key from
// SECRETS_KEY, or, when that is unset, derived from AUTH_SECRET with HKDF, so a deployment that sets
// only AUTH_SECRET still keeps them out of a database dump. The organization id is the additional
// data: a value copied into another organization's row does not decrypt there.

function key(): Buffer {
  const configured = env.secretsKey();
  if (configured) return Buffer.from(configured, 'base64');
  const auth = env.authSecret();
  if (!auth && env.isProduction())
    throw new Error('AUTH_SECRET or SECRETS_KEY is required to store secrets.');
  const material = auth ?? 'partner-atlas-development-only';
  return Buffer.from(hkdfSync('sha256', material, 'partner-atlas', 'sso client secret v1', 32));
}

export function encryptSecret(orgId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(orgId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The secret, or null when it cannot be read (another key, or a value that was tampered with). */
export function decryptSecret(orgId: string, stored: string): string | null {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(orgId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
