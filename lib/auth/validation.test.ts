import { describe, expect, it } from 'vitest';
import { emailSchema, safeCallbackPath } from './validation';

describe('safeCallbackPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeCallbackPath('/settings/staff?page=2')).toBe('/settings/staff?page=2');
    expect(safeCallbackPath('http://localhost:3000/settings')).toBe('/settings');
  });

  it('never sends anyone to another site', () => {
    expect(safeCallbackPath('https://evil.example/phish')).toBe('/phish');
    expect(safeCallbackPath('//evil.example/x')).toBe('/x');
    expect(safeCallbackPath('/\\evil.example')).not.toMatch(/^\/\//);
  });

  it('falls back to the map for nothing, junk or the sign-in page itself', () => {
    expect(safeCallbackPath(undefined)).toBe('/map');
    expect(safeCallbackPath(['/a'])).toBe('/map');
    expect(safeCallbackPath('/sign-in?callbackUrl=/x')).toBe('/map');
  });
});

describe('emailSchema', () => {
  it('trims and lower-cases', () => {
    expect(emailSchema.parse('  Ana@Library.ORG ')).toBe('ana@library.org');
  });
  it('explains a bad address', () => {
    expect(emailSchema.safeParse('ana@').error?.issues[0]?.message).toMatch(/email address/);
  });
});
