// The browser tests' OpenID Connect provider (tests/support/oidc-stand-in.ts), started beside the
// seeded server (./server.ts) on a port derived from the app's; tests/e2e/sso.spec.ts registers it in
// an organization's settings, as an admin would.
import { southport } from './accounts';

export function oidcPort(appPort: number): number {
  return appPort + 21_000;
}

export const oidcClient = {
  clientId: 'partner-atlas-browser-tests',
  clientSecret: 'browser-tests-client-secret-0123',
};

/** The organization whose staff sign in through it in the browser test, and their email domain. */
export const ssoOrganization = {
  id: southport.id,
  name: southport.name,
  domain: 'sso.southport.test',
} as const;
