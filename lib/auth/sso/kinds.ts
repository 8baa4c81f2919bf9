import type { SsoKind } from '@/db/schema/sso';

// What each kind of identity provider means here (decision 0027): where its issuer is, what the
// button says, and which claim holds an email address the provider has verified.

export const ssoKindLabels: Record<SsoKind, string> = {
  entra: 'Microsoft Entra ID (Microsoft 365)',
  google: 'Google Workspace',
  oidc: 'Another OpenID Connect provider',
};

export const googleIssuer = 'https://accounts.google.com';

/** Entra ID's issuer for one tenant (its directory id, a GUID): never `common` or `organizations`. */
export function entraIssuer(tenant: string): string {
  return `https://login.microsoftonline.com/${tenant.toLowerCase()}/v2.0`;
}

/** The words after "Sign in with": the provider's name, or the library's own for a generic one. */
export function ssoButtonName(kind: SsoKind, orgName: string): string {
  if (kind === 'entra') return 'Microsoft';
  if (kind === 'google') return 'Google';
  return orgName;
}

/** The Auth.js provider id of an organization's identity provider. */
export const ssoProviderPrefix = 'sso-';
export function ssoProviderId(orgId: string): string {
  return `${ssoProviderPrefix}${orgId}`;
}
export function orgIdOfProvider(providerId: string | undefined | null): string | null {
  if (!providerId?.startsWith(ssoProviderPrefix)) return null;
  const id = providerId.slice(ssoProviderPrefix.length);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

const emailShape = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const isTrue = (value: unknown) => value === true || value === 'true';

/**
 * The email address the provider vouches for, lower-cased, or null. Google and generic providers:
 * `email` only with `email_verified: true`. Entra ID sends no `email_verified`: `email` counts when
 * the optional claim `xms_edov` (the email's domain is verified by the tenant) is true, else
 * `preferred_username` (the sign-in name, whose domain a tenant must have verified), when it is an
 * address.
 */
export function verifiedEmail(kind: SsoKind, claims: Record<string, unknown>): string | null {
  const pick = (value: unknown) =>
    typeof value === 'string' && emailShape.test(value.trim()) ? value.trim().toLowerCase() : null;
  if (kind === 'entra') {
    if (isTrue(claims.xms_edov) || isTrue(claims.email_verified)) {
      const email = pick(claims.email);
      if (email) return email;
    }
    return pick(claims.preferred_username);
  }
  return isTrue(claims.email_verified) ? pick(claims.email) : null;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
