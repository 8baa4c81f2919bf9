import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { builtWith } from '@/lib/auth/built';
import { defineRoute } from '@/lib/auth/route';
import { createOrganizationWithMembers, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

// The house (decision 0021): every server action is a public endpoint and every route handler too,
// so each must be built with defineAction or defineRoute, which check the session and the role
// before anything else. The few that cannot be are named here, with why.

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

/** Entry points that answer before anyone is signed in, or are another library's. */
const notBuiltOnPurpose: Record<string, string> = {
  'app/(auth)/sign-in/actions.ts#signInAction': 'signs a visitor in: there is no session yet',
  'app/(auth)/sign-in/actions.ts#ssoOptionsAction':
    'tells a visitor which library sign-in services take their email’s domain: no session yet',
  'app/(auth)/sign-in/actions.ts#ssoSignInAction': 'sends a visitor to their library’s sign-in service',
  'app/(auth)/setup/actions.ts#setupAction': 'first-run setup, open only while no account exists',
  'app/(auth)/invite/[token]/actions.ts#joinAsNewPersonAction':
    'an invitation link’s new person has no account yet: the token is the key',
  'app/(auth)/invite/[token]/actions.ts#joinAsSignedInAction':
    'may come from a host-only session, which defineAction refuses: it checks the session and the address itself',
  'app/(auth)/invite/[token]/actions.ts#joinWithPasswordAction':
    'an invited account’s owner, not signed in: the token and the password, within the sign-in limits, are the keys',
  'app/(app)/actions.ts#signOutAction': 'ends whatever session comes with it, none included',
  'app/api/auth/[...nextauth]/route.ts#GET': 'Auth.js’s own sign-in and sign-out endpoints',
  'app/api/auth/[...nextauth]/route.ts#POST': 'Auth.js’s own sign-in and sign-out endpoints',
  'app/api/unsubscribe/[token]/route.ts#POST':
    'a digest’s unsubscribe link, without sign-in by law: the signed token is the key',
  'app/calendar/[feed]/route.ts#GET':
    'fetched by calendar apps, which cannot sign in: the secret address is the key',
};

const serverActionFiles = [...sourceFiles('app'), ...sourceFiles('lib'), ...sourceFiles('components')].filter(
  (file) => /^\s*['"]use server['"]/.test(readFileSync(path.join(root, file), 'utf8')),
);
const routeFiles = sourceFiles('app').filter((file) => /(^|\/)route\.ts$/.test(file));

/** The names a module exports, read from its text (so that exempt modules need not be loaded). */
function exportedNames(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const declared = [...text.matchAll(/^export (?:async function|function|const|let) (\w+)/gm)].map(
    (m) => m[1]!,
  );
  const listed = [...text.matchAll(/^export (?:const )?\{([^}]+)\}/gm)].flatMap((m) =>
    m[1]!.split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+|:\s*/)
        .pop()!
        .trim(),
    ),
  );
  return [...declared, ...listed].filter(Boolean);
}

/** The exports to check: loaded only when some are not exempt. */
async function exportsOf(file: string): Promise<[string, unknown][]> {
  const names = exportedNames(file).filter((name) => !(`${file}#${name}` in notBuiltOnPurpose));
  if (!names.length) return [];
  const module = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return Object.entries(module).filter(([name]) => !(`${file}#${name}` in notBuiltOnPurpose));
}

describe('every server action', () => {
  it('is found', () => {
    expect(serverActionFiles.length).toBeGreaterThan(10);
  });

  it.each(serverActionFiles)('in %s is built with defineAction', async (file) => {
    for (const [name, value] of await exportsOf(file)) {
      expect(builtWith(value), `${file}#${name} checks the session and role itself`).toBe('action');
    }
  });
});

describe('every route handler', () => {
  it('is found', () => {
    expect(routeFiles.length).toBeGreaterThan(5);
  });

  it.each(routeFiles)('in %s is built with defineRoute', async (file) => {
    const method = /^(GET|POST|PUT|PATCH|DELETE|HEAD)$/;
    expect(exportedNames(file).filter((name) => method.test(name)).length).toBeGreaterThan(0);
    for (const [name, value] of await exportsOf(file)) {
      if (method.test(name)) {
        expect(builtWith(value), `${file}#${name} checks the session and role itself`).toBe('route');
      }
    }
  });
});

/**
 * Loaders that take the caller's context (`ctx`) first but are not built with scopedLoader, and why.
 * Every other one reads in the organization's scope (decision 0026).
 */
const loadersNotScopedOnPurpose: Record<string, string> = {
  'lib/resources/learn-more.ts#loadLearnMore':
    'takes a missing context (signed out: no panel) and then reads through the scoped learnMoreFor',
  'lib/audit/loaders.ts#loadAuditExport': 'a stream of batches, each read in a scope of its own',
};
/** Exported functions of lib/<capability>/loaders.ts that do not read for an organization. */
const notOrganizationLoaders: Record<string, string> = {
  'lib/host/loaders.ts#loadHostConsole': 'the host console reads across organizations (decision 0026)',
  'lib/setup/loaders.ts#setupIsOpen': 'first-run setup, before any organization exists',
  'lib/host/loaders.ts#loadHostSystem':
    'the host console: one system’s size, never its records (decision 0025)',
  'lib/host/loaders.ts#loadConsortium':
    'the host console: sums across the systems that share them, small counts suppressed (decision 0025)',
  'lib/invitations/loaders.ts#signedInPerson':
    'the public invitation page: whoever is signed in, in any organization or none (decision 0024)',
  'lib/invitations/loaders.ts#loadInvitationPage':
    'the public invitation page: the link’s token is the key, before the person belongs (decision 0024)',
};

const libFiles = sourceFiles('lib');
/** `export async function loadX(ctx` or `export const loadX = scopedLoader(`, read from the text. */
function loadersIn(file: string): { name: string; scoped: boolean }[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const plain = [...text.matchAll(/^export (?:async )?function (load\w*)(?:<[^(]*>)?\(\s*ctx\b/gm)].map(
    (m) => ({ name: m[1]!, scoped: false }),
  );
  const scoped = [...text.matchAll(/^export const (\w+) = scopedLoader\(/gm)].map((m) => ({
    name: m[1]!,
    scoped: true,
  }));
  return [...plain, ...scoped];
}

describe('every organization loader', () => {
  const loaders = libFiles.flatMap((file) => loadersIn(file).map((loader) => ({ file, ...loader })));

  it('is found', () => {
    expect(loaders.filter((loader) => loader.scoped).length).toBeGreaterThan(30);
  });

  it('that takes the caller’s context is built with scopedLoader', () => {
    const unscoped = loaders
      .filter((loader) => !loader.scoped)
      .map((loader) => `${loader.file}#${loader.name}`)
      .filter((key) => !(key in loadersNotScopedOnPurpose));
    expect(unscoped, 'wrap it: export const loadX = scopedLoader(async function loadX(ctx, …) {…})').toEqual(
      [],
    );
  });

  const loaderModules = libFiles.filter((file) => /^lib\/[^/]+\/loaders\.ts$/.test(file));
  it.each(loaderModules)('in %s reads in the organization’s scope', async (file) => {
    const module = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const key = `${file}#${name}`;
      if (typeof value !== 'function' || key in notOrganizationLoaders || key in loadersNotScopedOnPurpose)
        continue;
      expect(builtWith(value), `${key} reads as the table owner`).toBe('loader');
    }
  });

  it('exceptions still exist', () => {
    for (const key of [...Object.keys(loadersNotScopedOnPurpose), ...Object.keys(notOrganizationLoaders)]) {
      const [file, name] = key.split('#') as [string, string];
      expect(exportedNames(file), key).toContain(name);
    }
  });
});

describe('the exceptions', () => {
  it('still exist, so the list does not outlive them', () => {
    for (const key of Object.keys(notBuiltOnPurpose)) {
      const [file, name] = key.split('#') as [string, string];
      expect(exportedNames(file), key).toContain(name);
    }
  });
});

describe('a route handler that fails', () => {
  const t = useTestDatabase();

  it('answers 500 in plain words, never with what went wrong inside', async () => {
    const { viewer } = await createOrganizationWithMembers(t.db);
    const failing = defineRoute<Record<string, never>>({ role: 'viewer' }, async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    signInAs(viewer);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await failing(new Request('http://localhost/api/x'), { params: Promise.resolve({}) });
    quiet.mockRestore();
    signInAs(null);
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).not.toContain('secret_table');
  });
});
