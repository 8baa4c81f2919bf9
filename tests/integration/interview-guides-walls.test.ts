import { eq } from 'drizzle-orm';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import PrintGuidePage from '@/app/(app)/interviews/guides/[guideId]/print/page';
import NewGuidePage from '@/app/(app)/interviews/guides/new/page';
import { auditEntries, interviewGuides, interviewGuideVersions } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import { restoreGuide, retireGuide, saveGuide } from '@/lib/interviews/guide-actions';
import {
  getGuideVersion,
  interviewsWithVersion,
  listGuides,
  listGuideVersions,
  listStartableGuides,
  lockStartableGuide,
} from '@/lib/interviews/guides';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { createGuide, createInterview, sampleSections } from '../factories/interviews';
import { useTestDatabase } from '../support/database';
import { expectNotFound, expectRedirect } from '../support/next';

// Nothing crosses organizations: every guide action, read and page is tried from the wrong side.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let bGuide: Awaited<ReturnType<typeof createGuide>>;
let bRetired: Awaited<ReturnType<typeof createGuide>>;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  bGuide = await createGuide(t.db, b.org.id, { name: 'Birch Secret Guide' });
  bRetired = await createGuide(t.db, b.org.id, { name: 'Birch Retired Guide', retired: true });
  await createInterview(t.db, b.org.id, bGuide.version.id);
});

async function snapshotOfB() {
  return {
    guides: await t.db
      .select()
      .from(interviewGuides)
      .where(eq(interviewGuides.orgId, b.org.id))
      .orderBy(interviewGuides.id),
    versions: await t.db
      .select()
      .from(interviewGuideVersions)
      .where(eq(interviewGuideVersions.orgId, b.org.id))
      .orderBy(interviewGuideVersions.id),
    audit: (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, b.org.id))).length,
  };
}

const writesAtB: [string, () => Promise<ActionResult>][] = [
  [
    'saveGuide',
    () =>
      saveGuide(
        null,
        form({
          guideId: bGuide.guide.id,
          version: 1,
          name: 'Taken over',
          sections: JSON.stringify(sampleSections('Intruder')),
        }),
      ),
  ],
  ['retireGuide', () => retireGuide(null, form({ id: bGuide.guide.id, version: 1 }))],
  ['restoreGuide', () => restoreGuide(null, form({ id: bRetired.guide.id, version: 1 }))],
];

describe('another organization’s admin', () => {
  it.each(writesAtB)('cannot %s a guide of theirs, and learns nothing of it', async (_name, write) => {
    const before = await snapshotOfB();
    signInAs(a.admin);
    const result = await write();
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not found/) });
    expect(JSON.stringify(result)).not.toContain('Birch');
    expect(await snapshotOfB()).toEqual(before);
  });

  it('reads none of their guides, versions or counts', async () => {
    const ctx = { orgId: a.org.id };
    const names = (await listGuides(t.db, ctx)).map((g) => g.name);
    expect(names).not.toContain('Birch Secret Guide');
    expect((await listStartableGuides(t.db, ctx)).map((g) => g.name)).not.toContain('Birch Secret Guide');
    expect(await getGuideVersion(t.db, ctx, bGuide.version.id)).toBeNull();
    expect(await getGuideVersion(t.db, ctx, 'not-a-uuid')).toBeNull();
    expect(await listGuideVersions(t.db, ctx, bGuide.guide.id)).toEqual([]);
    expect(await interviewsWithVersion(t.db, ctx, bGuide.version.id)).toBe(0);
    expect(await t.db.transaction((tx) => lockStartableGuide(tx, ctx, bGuide.guide.id))).toBeNull();
  });

  it('gets a 404 for their guide’s print page and for copying it', async () => {
    signInAs(a.admin);
    const params = Promise.resolve({ guideId: bGuide.guide.id });
    await expectNotFound(() => PrintGuidePage({ params, searchParams: Promise.resolve({}) }));
    await expectNotFound(() => NewGuidePage({ searchParams: Promise.resolve({ from: bGuide.guide.id }) }));
  });
});

describe('their own organization', () => {
  it('starts interviews only with a guide in use, locking it for the start', async () => {
    const ctx = { orgId: b.org.id };
    const started = await t.db.transaction((tx) => lockStartableGuide(tx, ctx, bGuide.guide.id));
    expect(started).toEqual({ guideId: bGuide.guide.id, versionId: bGuide.version.id });
    expect(await t.db.transaction((tx) => lockStartableGuide(tx, ctx, bRetired.guide.id))).toBeNull();
  });
});

/** The page's HTML as the server would send it. */
async function html(page: Promise<ReactNode>) {
  const stubRouter = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
  return renderToStaticMarkup(
    createElement(AppRouterContext.Provider, { value: stubRouter as never }, await page),
  );
}

describe('the print page', () => {
  it('shows a past version by number, the current one by default, and a 404 for a number it never had', async () => {
    const { guide, version } = await createGuide(t.db, a.org.id, {
      name: 'Alder Printed Guide',
      sections: [
        {
          id: 'start',
          title: 'Starting out',
          hint: 'Say hello.',
          questions: [
            { id: 'q1', kind: 'long_text', prompt: 'What was asked first?', hint: 'Listen.', options: [] },
            {
              id: 'q2',
              kind: 'multi_choice',
              prompt: 'Which of these?',
              hint: '',
              options: ['Apples', 'Pears'],
            },
            { id: 'q3', kind: 'referrals', prompt: 'Who else?', hint: '', options: [] },
          ],
        },
      ],
    });
    await createInterview(t.db, a.org.id, version.id);
    signInAs(a.manager);
    const sections = sampleSections('Second');
    const saved = saveGuide(
      null,
      form({
        guideId: guide.id,
        version: 1,
        name: 'Alder Printed Guide',
        sections: JSON.stringify(sections),
      }),
    );
    expect(await expectRedirect(() => saved)).toMatch(/saved=new-version/);
    signInAs(a.viewer);
    const params = Promise.resolve({ guideId: guide.id });
    const current = await html(PrintGuidePage({ params, searchParams: Promise.resolve({}) }));
    expect(current).toContain('Second: what matters most?');
    expect(current).not.toContain('What was asked first?');
    expect(current).toContain('Notes of this conversation may be kept.');
    expect(current).not.toContain('Edit guide');

    const past = await html(PrintGuidePage({ params, searchParams: Promise.resolve({ version: '1' }) }));
    for (const text of [
      'What was asked first?',
      'Listen.',
      'Apples',
      'Pears',
      'May we say who suggested them?',
    ]) {
      expect(past).toContain(text);
    }
    expect(past).toContain('This is version 1');
    await expectNotFound(() => PrintGuidePage({ params, searchParams: Promise.resolve({ version: '9' }) }));
    await expectNotFound(() => PrintGuidePage({ params, searchParams: Promise.resolve({ version: 'x' }) }));
  });
});
