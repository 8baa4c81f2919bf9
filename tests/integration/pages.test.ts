import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { roleAtLeast } from '@/lib/auth/roles';
import { createMember, signInAs, type TestMember } from '../factories';
import { type AppPage, pages } from '../support/app-pages';
import { useTestDatabase } from '../support/database';
import { expectNotFound, expectRedirect } from '../support/next';
import { createOrgFixture, type Ids, type OrgFixture, secretsOf } from '../support/page-fixture';
import { renderToHtml } from '../support/render';

// Each page behind sign-in must refuse callers itself: proxy.ts only redirects early, and a page
// renders independently of (even before) its layouts, so neither is a security boundary
// (https://github.com/vercel/next.js/discussions/53026). These tests call the pages the way
// Next.js does, with no proxy and no layout around them.

const t = useTestDatabase();

afterEach(() => signInAs(null));

const passwordPage = pages.find((page) => page.dir === 'account/password')!;
const settingsPages = pages.filter((page) => page.opensFor === 'admin');
const memberPages = pages.filter((page) => page.opensFor === 'member');
const staffPages = pages.filter((page) => page.opensFor === 'staff');
const managerPages = pages.filter((page) => page.opensFor === 'manager');
const noAccessHeading = 'You don’t have access to';

/** Test cases named by the page's address, e.g. "/settings/staff/[memberId]". */
function byAddress(list: AppPage[]) {
  return list.map((entry) => [`/${entry.dir}`, entry] as const);
}

/** Calls the page as Next.js would: params and searchParams are promises. */
function call(entry: AppPage, ids: Ids): Promise<ReactNode> {
  const Page = entry.Page as unknown as (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  }) => Promise<ReactNode>;
  return Page({ params: Promise.resolve(entry.params?.(ids) ?? {}), searchParams: Promise.resolve({}) });
}

/** The page's HTML as the server would send it (client components and async server components included). */
async function render(entry: AppPage, ids: Ids): Promise<string> {
  return renderToHtml(await call(entry, ids));
}

function expectNoneOf(html: string, secrets: string[]) {
  for (const secret of secrets) expect(html, `the page shows “${secret}”`).not.toContain(secret);
}

let a: OrgFixture;
let b: OrgFixture;
let mustChangePassword: TestMember;

beforeAll(async () => {
  a = await createOrgFixture(t.db, 'Alder');
  b = await createOrgFixture(t.db, 'Birch');
  // An admin, so that a page that forgot the check would have everything to show.
  mustChangePassword = await createMember(t.db, a.org.id, {
    role: 'admin',
    name: 'Alder Newcomer',
    mustChangePassword: true,
  });
});

describe('the list of pages', () => {
  it('names every page under app/(app), so none goes untested', () => {
    const root = fileURLToPath(new URL('../../app/(app)/', import.meta.url));
    const onDisk = readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(path.basename(file)))
      .map((file) => path.dirname(file).split(path.sep).join('/'))
      .map((dir) => (dir === '.' ? '' : dir));
    expect(onDisk.length).toBeGreaterThan(0);
    expect([...onDisk].sort()).toEqual(pages.map((page) => page.dir).sort());
  });
});

describe('a visitor who is not signed in', () => {
  it.each(byAddress(pages))('is sent to sign in from %s', async (_address, entry) => {
    signInAs(null);
    expect(await expectRedirect(() => call(entry, a.ids))).toBe('/sign-in');
  });
});

describe('a member who must still choose a password', () => {
  it.each(byAddress(pages.filter((page) => page !== passwordPage)))(
    'is sent to choose one from %s',
    async (_address, entry) => {
      signInAs(mustChangePassword);
      expect(await expectRedirect(() => call(entry, a.ids))).toBe('/account/password');
    },
  );

  it('can open the password page, which does not ask again for the one-time password just typed', async () => {
    signInAs(mustChangePassword);
    const html = await render(passwordPage, a.ids);
    expect(html).toContain('Choose your password');
    // Asked for only in a session older than half an hour (tests/integration/one-time-password.test.ts).
    expect(html).not.toContain('One-time password');
    expect(html).toContain('New password');
  });
});

describe.each(['viewer', 'staff', 'manager'] as const)('a %s', (role) => {
  it.each(byAddress(settingsPages))(
    'sees only NoAccess at %s, nothing of the organization',
    async (_address, entry) => {
      signInAs(a[role]);
      const html = await render(entry, a.ids);
      expect(html).toContain(noAccessHeading);
      expectNoneOf(html, secretsOf(a));
      expectNoneOf(html, secretsOf(b));
    },
  );

  it.each(
    byAddress([
      ...memberPages,
      ...(roleAtLeast(role, 'staff') ? staffPages : []),
      ...(roleAtLeast(role, 'manager') ? managerPages : []),
    ]),
  )('can open %s', async (_address, entry) => {
    signInAs(a[role]);
    const html = await render(entry, a.ids);
    expect(html).not.toContain(noAccessHeading);
    for (const text of entry.shows(a)) expect(html).toContain(text);
    expectNoneOf(html, secretsOf(b));
  });

  it.each(
    byAddress([
      ...(roleAtLeast(role, 'staff') ? [] : staffPages),
      ...(roleAtLeast(role, 'manager') ? [] : managerPages),
    ]),
  )('sees only NoAccess at %s, nothing of the organization', async (_address, entry) => {
    signInAs(a[role]);
    const html = await render(entry, a.ids);
    expect(html).toContain(noAccessHeading);
    expectNoneOf(html, secretsOf(a));
    expectNoneOf(html, secretsOf(b));
  });
});

describe('an admin', () => {
  it.each(byAddress(pages.filter((page) => !page.adminRedirect)))(
    'opens %s with their own organization’s records and nothing of another’s',
    async (_address, entry) => {
      signInAs(a.admin);
      const html = await render(entry, a.ids);
      expect(html).not.toContain(noAccessHeading);
      for (const text of entry.shows(a)) expect(html).toContain(text);
      expectNoneOf(html, secretsOf(b));
    },
  );

  it.each(byAddress(pages.filter((page) => page.adminRedirect)))(
    'is sent on from %s',
    async (_address, entry) => {
      signInAs(a.admin);
      expect(await expectRedirect(() => call(entry, a.ids))).toBe(entry.adminRedirect);
    },
  );

  it.each(byAddress(pages.filter((page) => page.params)))(
    'gets a 404 at %s for another organization’s record, or one that does not exist',
    async (_address, entry) => {
      signInAs(a.admin);
      await expectNotFound(() => call(entry, b.ids));
      const every = (id: string): Ids => ({
        branchId: id,
        memberId: id,
        partnerId: id,
        guideId: id,
        interviewId: id,
        draftInterviewId: id,
        resourceId: id,
        importId: id,
        areaId: id,
      });
      await expectNotFound(() => call(entry, every('not-a-uuid')));
      await expectNotFound(() => call(entry, every('00000000-0000-4000-8000-000000000000')));
    },
  );
});
