import { z } from 'zod';

/**
 * Every environment variable the app reads, checked with zod (README.md, "Configuration"). This is
 * the only module that reads `process.env` (Biome's noProcessEnv keeps it so), and the one module of
 * lib/ that db/ may import: configuration, no domain. Values are read when asked, not frozen at build
 * time, so one build serves any deployment; `checkEnvironment()` runs when a server starts
 * (instrumentation.ts) and refuses to start with a value that cannot be used.
 */

const url = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be a web address starting with http:// or https://` });
const whole = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`);
const flag = (what: string) =>
  z.enum(['1', '0', 'true', 'false', 'on', 'off'], {
    error: `${what} must be 1 or 0 (or true/false, on/off)`,
  });

const fields = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (or postgresql://)'),
  PGLITE_DIR: z.string().min(1),
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters (openssl rand -base64 32)'),
  AUTH_URL: url('AUTH_URL'),
  PARTNER_ATLAS_DEMO: flag('PARTNER_ATLAS_DEMO'),
  PARTNER_ATLAS_SCHEDULER: flag('PARTNER_ATLAS_SCHEDULER'),
  HOST_NAME: z.string().trim().min(1).max(120, 'HOST_NAME must be at most 120 characters'),
  MAIL_ALLOW_PRIVATE_HOSTS: flag('MAIL_ALLOW_PRIVATE_HOSTS'),
  SSO_ALLOW_PRIVATE_ISSUERS: flag('SSO_ALLOW_PRIVATE_ISSUERS'),
  SECRETS_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/]{43}=?$/,
      'SECRETS_KEY must be 32 random bytes in base64 (openssl rand -base64 32)',
    ),
  TILE_URL: z.union([
    z.literal('offline'),
    z
      .string()
      .regex(
        /^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/,
        'TILE_URL must be offline, or an address with {z}, {x} and {y}',
      ),
  ]),
  TILE_ATTRIBUTION: z.string().max(500),
  NOMINATIM_URL: url('NOMINATIM_URL'),
  CENSUS_GEOCODER_URL: url('CENSUS_GEOCODER_URL'),
  GEOCODER_CONTACT: z.string().max(200),
  TRUSTED_PROXIES: whole('TRUSTED_PROXIES', 0, 10),
  SIGN_IN_CEILING_PER_MINUTE: whole('SIGN_IN_CEILING_PER_MINUTE', 1, 1_000_000),
  MAP_CACHE_BYTES: whole('MAP_CACHE_BYTES', 0, 8 * 1024 ** 3),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^/?#]+/,
      'SMTP_URL must be smtp://user:password@host:587 (STARTTLS when offered) or smtps://… (TLS, usually port 465)',
    )
    .refine(
      (value) => URL.canParse(value),
      'SMTP_URL must be a valid address, e.g. smtp://mail.example.org:587',
    ),
  MAIL_FROM: z
    .string()
    .min(3)
    .max(320)
    .regex(/@/, 'MAIL_FROM must hold an e-mail address, e.g. Partner Atlas <atlas@library.example>'),
} satisfies Record<string, z.ZodType>;

type Name = keyof typeof fields;

/** A variable's value when it is set and usable; otherwise undefined (the caller's default applies). */
function read<N extends Name>(name: N): z.output<(typeof fields)[N]> | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const parsed = fields[name].safeParse(raw);
  return parsed.success ? (parsed.data as z.output<(typeof fields)[N]>) : undefined;
}

const on = (value: string | undefined) => value === '1' || value === 'true' || value === 'on';

/** The problems with the environment, one sentence each; empty when every value set can be used. */
export function environmentProblems(): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(fields) as Name[]) {
    const raw = process.env[name];
    if (raw === undefined || raw === '') continue;
    const parsed = fields[name].safeParse(raw);
    if (!parsed.success) problems.push(parsed.error.issues[0]?.message ?? `${name} cannot be used`);
  }
  if (env.isProduction() && !process.env.AUTH_SECRET && !env.isBuildPhase()) {
    problems.push('AUTH_SECRET is required to serve the app (openssl rand -base64 32); see README.md.');
  }
  return problems;
}

/** Throws, naming every problem, when the environment holds a value the app cannot use. */
export function checkEnvironment(): void {
  const problems = environmentProblems();
  if (problems.length) {
    throw new Error(`Partner Atlas cannot start: ${problems.join(' ')} (README.md, "Configuration").`);
  }
}

export const env = {
  /** PostgreSQL to use; unset, the embedded database. */
  databaseUrl: () => read('DATABASE_URL'),
  /** Where the embedded database lives, when not the default `.data/pglite`. */
  pgliteDir: () => read('PGLITE_DIR'),
  /** Demo mode shows the demo accounts on the sign-in page. Never turn it on for real data. */
  demoMode: () => on(read('PARTNER_ATLAS_DEMO')),
  /** `PARTNER_ATLAS_SCHEDULER=off` keeps a process from running the background tasks (decision 0017). */
  schedulerOff: () =>
    process.env.PARTNER_ATLAS_SCHEDULER !== undefined && !on(read('PARTNER_ATLAS_SCHEDULER')),
  /**
   * Who hosts the service for many library systems ("Washington State Library"), named where an
   * organization chooses to share its figures with the host's consortium view (decision 0025).
   */
  hostName: () => read('HOST_NAME'),
  /** The deployment's base map tiles (an organization may override them); 'offline' for the built-in map. */
  tiles: () => ({ url: read('TILE_URL'), attribution: read('TILE_ATTRIBUTION') ?? '' }),
  /** Geocoder endpoints, overridable so tests (and libraries with their own servers) can point elsewhere. */
  nominatimUrl: () => read('NOMINATIM_URL') ?? 'https://nominatim.openstreetmap.org',
  censusGeocoderUrl: () => read('CENSUS_GEOCODER_URL') ?? 'https://geocoding.geo.census.gov',
  /** Identifies the app to Nominatim, as its usage policy asks: https://operations.osmfoundation.org/policies/nominatim/ */
  geocoderContact: () => read('GEOCODER_CONTACT') || 'partner-atlas (self-hosted)',
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For; the client's address
   * is the one the outermost of them saw (lib/auth/client-address.ts, decision 0015).
   */
  trustedProxies: () => read('TRUSTED_PROXIES') ?? 0,
  /** Unsuccessful sign-ins per minute across the service above which sign-in tightens (decision 0015). */
  signInCeilingPerMinute: () => read('SIGN_IN_CEILING_PER_MINUTE') ?? 60,
  /** How much of the map's data each server process keeps (decision 0012). */
  mapCacheBytes: () => read('MAP_CACHE_BYTES') ?? 256 * 1024 * 1024,
  /**
   * The app's own address, for links that leave it (calendar feeds, e-mail): AUTH_URL without a
   * trailing slash or Auth.js's `/api/auth` path; undefined when it is not set.
   */
  appUrl: () =>
    read('AUTH_URL')
      ?.replace(/\/+$/, '')
      .replace(/\/api\/auth$/, ''),
  /** Signs sessions, and the unsubscribe links in e-mail (lib/reminders/unsubscribe.ts). */
  authSecret: () => read('AUTH_SECRET'),
  /** The deployment's mail server (an organization may set its own in Settings, Mail). */
  smtpUrl: () => read('SMTP_URL'),
  /** The From of the deployment's messages. */
  mailFrom: () => read('MAIL_FROM'),
  /**
   * An organization's own mail server may be on a loopback, private or link-local address
   * (lib/mail/host-check.ts); off, only public addresses are used.
   */
  mailAllowPrivateHosts: () => on(read('MAIL_ALLOW_PRIVATE_HOSTS')),
  /**
   * The key that encrypts organizations' identity-provider client secrets (decision 0027); unset,
   * one is derived from AUTH_SECRET.
   */
  secretsKey: () => read('SECRETS_KEY'),
  /** An organization's identity provider may be on a loopback or private address (tests, a library's own network). */
  ssoAllowPrivateIssuers: () => on(read('SSO_ALLOW_PRIVATE_ISSUERS')),
  /** `next dev`: the content security policy allows eval for its tooling (decision 0016). */
  isDevelopment: () => process.env.NODE_ENV === 'development',
  isProduction: () => process.env.NODE_ENV === 'production',
  /** `next build` is collecting pages: nothing may open the database then. */
  isBuildPhase: () => process.env.NEXT_PHASE === 'phase-production-build',
};
