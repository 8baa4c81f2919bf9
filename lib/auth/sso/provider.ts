import 'server-only';
import { eq } from 'drizzle-orm';
import type { OIDCConfig } from 'next-auth/providers';
import type { Db } from '@/db/client';
import { organizations, ssoSettings } from '@/db/schema';
import { decryptSecret } from '@/lib/secrets';
import { ssoButtonName, ssoProviderId } from './kinds';

/**
 * The Auth.js provider for one organization's identity provider, made at run time from its settings
 * (decision 0027): OpenID Connect with discovery from the issuer, the authorization code flow with
 * PKCE, state and nonce, all checked by Auth.js. Null when the organization has none, it is off, or
 * its secret cannot be read.
 */
export async function ssoProviderFor(
  db: Db,
  orgId: string,
): Promise<OIDCConfig<Record<string, unknown>> | null> {
  const [row] = await db
    .select({ settings: ssoSettings, orgName: organizations.name })
    .from(ssoSettings)
    .innerJoin(organizations, eq(organizations.id, ssoSettings.orgId))
    .where(eq(ssoSettings.orgId, orgId));
  if (!row?.settings.enabled) return null;
  const clientSecret = decryptSecret(orgId, row.settings.clientSecretEncrypted);
  if (clientSecret === null) return null;
  return {
    id: ssoProviderId(orgId),
    name: ssoButtonName(row.settings.kind, row.orgName),
    type: 'oidc',
    issuer: row.settings.issuer,
    clientId: row.settings.clientId,
    clientSecret,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    // The account is decided in the signIn callback (./complete.ts); this only carries the claims on.
    profile(claims) {
      return {
        id: String(claims.sub),
        name: typeof claims.name === 'string' ? claims.name : null,
        email: typeof claims.email === 'string' ? claims.email : null,
      };
    },
  };
}
