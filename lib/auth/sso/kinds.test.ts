import { describe, expect, it } from 'vitest';
import { entraIssuer, orgIdOfProvider, ssoProviderId, verifiedEmail } from './kinds';

describe('the email a provider vouches for', () => {
  it('Google and generic providers: only with email_verified true', () => {
    expect(verifiedEmail('google', { email: 'Ada@Library.org', email_verified: true })).toBe(
      'ada@library.org',
    );
    expect(verifiedEmail('oidc', { email: 'ada@library.org', email_verified: 'true' })).toBe(
      'ada@library.org',
    );
    expect(verifiedEmail('google', { email: 'ada@library.org', email_verified: false })).toBeNull();
    expect(verifiedEmail('oidc', { email: 'ada@library.org' })).toBeNull();
    expect(verifiedEmail('oidc', { preferred_username: 'ada@library.org', email_verified: true })).toBeNull();
  });

  it('Entra ID: email when xms_edov says its domain is verified, else the sign-in name', () => {
    expect(
      verifiedEmail('entra', { email: 'ada@library.org', xms_edov: true, preferred_username: 'a@x.org' }),
    ).toBe('ada@library.org');
    expect(verifiedEmail('entra', { email: 'ada@gmail.com', preferred_username: 'ada@library.org' })).toBe(
      'ada@library.org',
    );
    expect(
      verifiedEmail('entra', { email: 'ada@gmail.com', preferred_username: 'not an address' }),
    ).toBeNull();
  });
});

describe('ids and issuers', () => {
  it('names one provider per organization and reads the organization back', () => {
    const id = '00000000-0000-4000-8000-00000000a001';
    expect(orgIdOfProvider(ssoProviderId(id))).toBe(id);
    expect(orgIdOfProvider('credentials')).toBeNull();
    expect(orgIdOfProvider('sso-../../etc')).toBeNull();
    expect(entraIssuer('8F3C2A91-4B6D-4E0F-9A21-3C5D7E8F9012')).toBe(
      'https://login.microsoftonline.com/8f3c2a91-4b6d-4e0f-9a21-3c5d7e8f9012/v2.0',
    );
  });
});
