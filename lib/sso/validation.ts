import { z } from 'zod';
import { ssoKinds, ssoNewPeople } from '@/db/schema/sso';

const domainShape = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const guidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** Settings, Sign-in: the organization's identity provider (decision 0027). */
export const ssoSettingsSchema = z
  .object({
    kind: z.enum(ssoKinds, { error: 'Choose your identity provider.' }),
    tenant: z.string().trim().max(100).default(''),
    issuer: z.string().trim().max(500).default(''),
    clientId: z.string().trim().min(1, 'Enter the client id the provider gave you.').max(500),
    // Blank keeps the secret already saved (it is never sent back to the page).
    clientSecret: z.string().max(2000).default(''),
    allowedDomains: z.string().max(2000).default(''),
    defaultRole: z.enum(['viewer', 'staff', 'manager'], { error: 'Choose the role new people get.' }),
    newPeople: z.enum(ssoNewPeople, { error: 'Choose what happens to people signing in the first time.' }),
    enabled: checkbox,
    passwordSignInOff: checkbox,
    breakGlassMembershipId: z.string().trim().default(''),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'entra' && !guidShape.test(value.tenant)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tenant'],
        message:
          'Enter the Directory (tenant) ID from the Entra admin center, e.g. 8f3c2a91-4b6d-4e0f-9a21-3c5d7e8f9012.',
      });
    }
    if (value.kind === 'oidc') {
      let url: URL | null = null;
      try {
        url = new URL(value.issuer);
      } catch {}
      if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
        ctx.addIssue({
          code: 'custom',
          path: ['issuer'],
          message: 'Enter the issuer’s address, e.g. https://login.library.example/realms/staff.',
        });
      }
    }
    const domains = parseDomains(value.allowedDomains);
    const bad = domains.find((domain) => !domainShape.test(domain));
    if (!domains.length || bad) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowedDomains'],
        message: bad
          ? `“${bad}” is not an email domain. Enter domains like cascadesound.org, one per line or separated by commas.`
          : 'Enter at least one email domain, e.g. cascadesound.org.',
      });
    }
    if (value.passwordSignInOff && !value.breakGlassMembershipId) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakGlassMembershipId'],
        message: 'Choose the admin who may still sign in with a password, in case the provider fails.',
      });
    }
  });

export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>;

/** "a.org, b.org\nc.org" → ["a.org", "b.org", "c.org"], lower-cased, a leading @ dropped, no repeats. */
export function parseDomains(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,;]+/)
        .map((part) => part.trim().toLowerCase().replace(/^@/, ''))
        .filter(Boolean),
    ),
  ];
}

export const requestIdSchema = z.object({ requestId: z.uuid('Choose a request.') });
