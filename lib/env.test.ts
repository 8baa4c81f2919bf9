import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEnvironment, env, environmentProblems } from './env';

afterEach(() => vi.unstubAllEnvs());

describe('the environment', () => {
  it('is fine unset: every setting has its default', () => {
    for (const name of ['DATABASE_URL', 'TILE_URL', 'TRUSTED_PROXIES', 'MAP_CACHE_BYTES'])
      vi.stubEnv(name, '');
    expect(environmentProblems()).toEqual([]);
    expect(env.trustedProxies()).toBe(0);
    expect(env.mapCacheBytes()).toBe(256 * 1024 * 1024);
    expect(env.nominatimUrl()).toBe('https://nominatim.openstreetmap.org');
  });

  it('refuses to start with values that cannot be used, naming each', () => {
    vi.stubEnv('DATABASE_URL', 'mysql://somewhere/atlas');
    vi.stubEnv('TILE_URL', 'https://tiles.example.org/tile.png');
    vi.stubEnv('TRUSTED_PROXIES', 'two');
    vi.stubEnv('NOMINATIM_URL', 'ftp://geo.example.org');
    expect(environmentProblems()).toEqual([
      'DATABASE_URL must start with postgres:// (or postgresql://)',
      'TILE_URL must be offline, or an address with {z}, {x} and {y}',
      'NOMINATIM_URL must be a web address starting with http:// or https://',
      'TRUSTED_PROXIES must be a whole number',
    ]);
    expect(() => checkEnvironment()).toThrow(/cannot start: DATABASE_URL must start with postgres/);
    // Meanwhile a value that cannot be used is never used.
    expect(env.databaseUrl()).toBeUndefined();
    expect(env.trustedProxies()).toBe(0);
  });

  it('reads what is set', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://user@localhost:5432/atlas');
    vi.stubEnv('TILE_URL', 'offline');
    vi.stubEnv('PARTNER_ATLAS_DEMO', '1');
    vi.stubEnv('PARTNER_ATLAS_SCHEDULER', 'off');
    vi.stubEnv('SIGN_IN_CEILING_PER_MINUTE', '120');
    expect(env.databaseUrl()).toBe('postgres://user@localhost:5432/atlas');
    expect(env.tiles().url).toBe('offline');
    expect(env.demoMode()).toBe(true);
    expect(env.schedulerOff()).toBe(true);
    expect(env.signInCeilingPerMinute()).toBe(120);
  });

  it('reads the mail settings and the app’s address for links, and refuses a mail server it cannot use', () => {
    vi.stubEnv('SMTP_URL', 'smtp://atlas:secret@mail.example.org:587');
    vi.stubEnv('MAIL_FROM', 'Partner Atlas <atlas@library.example>');
    vi.stubEnv('AUTH_URL', 'https://atlas.library.example/api/auth/');
    expect(environmentProblems()).toEqual([]);
    expect(env.smtpUrl()).toBe('smtp://atlas:secret@mail.example.org:587');
    expect(env.mailFrom()).toBe('Partner Atlas <atlas@library.example>');
    expect(env.appUrl()).toBe('https://atlas.library.example');
    vi.stubEnv('SMTP_URL', 'mail.example.org');
    vi.stubEnv('MAIL_FROM', 'nobody');
    expect(environmentProblems()).toEqual([
      'SMTP_URL must be smtp://user:password@host:587 (STARTTLS when offered) or smtps://… (TLS, usually port 465)',
      'MAIL_FROM must hold an e-mail address, e.g. Partner Atlas <atlas@library.example>',
    ]);
  });

  it('asks for AUTH_SECRET when serving for real', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_SECRET', '');
    expect(environmentProblems()).toEqual([expect.stringContaining('AUTH_SECRET is required')]);
    vi.stubEnv('AUTH_SECRET', 'a-secret-long-enough-for-this');
    expect(environmentProblems()).toEqual([]);
  });
});
