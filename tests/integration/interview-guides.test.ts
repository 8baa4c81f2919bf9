import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, type GuideSection, interviewGuides, interviewGuideVersions } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import { defaultGuideKey, defaultGuideName, ensureDefaultGuide } from '@/lib/interviews/builtin';
import { restoreGuide, retireGuide, saveGuide } from '@/lib/interviews/guide-actions';
import { getGuideVersion, listGuides, listStartableGuides } from '@/lib/interviews/guides';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Aspen Library');
});

const question = (prompt: string, extra: Partial<GuideSection['questions'][number]> = {}) => ({
  id: randomUUID(),
  kind: 'long_text' as const,
  prompt,
  hint: '',
  options: [] as string[],
  ...extra,
});

function twoSections(): GuideSection[] {
  return [
    {
      id: randomUUID(),
      title: 'Getting to know you',
      hint: 'Start with the person.',
      questions: [question('What do you do?'), question('How long have you done it?')],
    },
    {
      id: randomUUID(),
      title: 'The library',
      hint: '',
      questions: [
        question('Which services do you use?', {
          kind: 'multi_choice',
          options: ['Books', 'Programs', 'Computers'],
        }),
        question('How welcome do you feel?', { kind: 'scale' }),
      ],
    },
  ];
}

function guideForm(values: {
  name: string;
  description?: string;
  sections: unknown;
  guideId?: string;
  version?: number;
}) {
  return form({
    name: values.name,
    description: values.description ?? '',
    sections: JSON.stringify(values.sections),
    guideId: values.guideId,
    version: values.version,
    timeZone: 'America/Los_Angeles',
  });
}

/** Saves through the action as the given member; returns the guide id from where it redirected. */
async function saved(member: Org['manager'], data: FormData): Promise<{ id: string; outcome: string }> {
  signInAs(member);
  const to = await expectRedirect(() => saveGuide(null, data));
  const url = new URL(to, 'http://x');
  expect(url.pathname).toBe('/interviews/guides');
  return { id: url.searchParams.get('guide') ?? '', outcome: url.searchParams.get('saved') ?? '' };
}

async function versionsOf(guideId: string) {
  return t.db
    .select()
    .from(interviewGuideVersions)
    .where(eq(interviewGuideVersions.guideId, guideId))
    .orderBy(asc(interviewGuideVersions.number));
}

async function guideRow(id: string) {
  const [row] = await t.db.select().from(interviewGuides).where(eq(interviewGuides.id, id));
  if (!row) throw new Error('no guide');
  return row;
}

describe('the built-in guide', () => {
  it('exists once per organization, even when two requests ask for it at once', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Cedar Library');
    await Promise.all([ensureDefaultGuide(t.db, org.org.id), ensureDefaultGuide(t.db, org.org.id)]);
    await ensureDefaultGuide(t.db, org.org.id);
    const rows = await t.db
      .select()
      .from(interviewGuides)
      .where(and(eq(interviewGuides.orgId, org.org.id), eq(interviewGuides.builtinKey, defaultGuideKey)));
    expect(rows).toHaveLength(1);
    expect(await versionsOf(rows[0]!.id)).toHaveLength(1);
  });

  it('is listed first, and startable, for a new organization', async () => {
    const org = await createOrganizationWithMembers(t.db, 'Dogwood Library');
    await createGuide(t.db, org.org.id, { name: 'Aardvark guide' });
    const list = await listGuides(t.db, { orgId: org.org.id });
    expect(list.map((g) => g.name)).toEqual([defaultGuideName, 'Aardvark guide']);
    expect(list[0]).toMatchObject({
      builtin: true,
      retired: false,
      currentVersionNumber: 1,
      interviewCount: 0,
    });
    expect(list[0]!.questionCount).toBeGreaterThan(10);
    const startable = await listStartableGuides(t.db, { orgId: org.org.id });
    expect(startable[0]!.name).toBe(defaultGuideName);
    const version = await getGuideVersion(t.db, { orgId: org.org.id }, startable[0]!.currentVersionId);
    expect(version?.sections[0]?.title).toBe('Before we start');
  });
});

describe('creating and editing a guide', () => {
  it('creates a guide with its sections in order, as version 1, audited', async () => {
    const sections = twoSections();
    const { id, outcome } = await saved(
      a.manager,
      guideForm({ name: '  Teen voices  ', description: 'For teen advisory members.', sections }),
    );
    expect(outcome).toBe('created');
    const guide = await guideRow(id);
    expect(guide).toMatchObject({
      name: 'Teen voices',
      description: 'For teen advisory members.',
      orgId: a.org.id,
    });
    const versions = await versionsOf(id);
    expect(versions).toHaveLength(1);
    expect(guide.currentVersionId).toBe(versions[0]!.id);
    expect(versions[0]!.sections.map((s) => s.title)).toEqual(['Getting to know you', 'The library']);
    expect(versions[0]!.sections[1]!.questions[0]!.options).toEqual(['Books', 'Programs', 'Computers']);
    const [audit] = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit).toMatchObject({ action: 'interview_guide.create', actorUserId: a.manager.userId });
    expect(audit!.after).toMatchObject({ name: 'Teen voices', questions: 4, versionNumber: 1 });
  });

  it('edits an unused version in place, keeping question ids, and saves a new order', async () => {
    const sections = twoSections();
    const { id } = await saved(a.admin, guideForm({ name: 'Reorder me', sections }));
    const [first, second] = sections[0]!.questions;
    const reordered: GuideSection[] = [
      sections[1]!,
      { ...sections[0]!, questions: [{ ...second!, prompt: 'How long, roughly?' }, first!] },
    ];
    const { outcome } = await saved(
      a.manager,
      guideForm({ name: 'Reorder me', sections: reordered, guideId: id, version: 1 }),
    );
    expect(outcome).toBe('updated');
    const versions = await versionsOf(id);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.sections.map((s) => s.title)).toEqual(['The library', 'Getting to know you']);
    expect(versions[0]!.sections[1]!.questions.map((q) => [q.id, q.prompt])).toEqual([
      [second!.id, 'How long, roughly?'],
      [first!.id, 'What do you do?'],
    ]);
    expect((await guideRow(id)).version).toBe(2);
  });

  it('makes a new version once the current one was used, leaving the old one exactly as it was', async () => {
    const sections = twoSections();
    const { id } = await saved(a.manager, guideForm({ name: 'Used guide', sections }));
    const [v1] = await versionsOf(id);
    await createInterview(t.db, a.org.id, v1!.id);
    const edited = structuredClone(sections);
    edited[0]!.questions[0]!.prompt = 'What is your role?';
    edited[0]!.questions.push(question('A brand-new question'));
    const { outcome } = await saved(
      a.manager,
      guideForm({ name: 'Used guide v2', sections: edited, guideId: id, version: 1 }),
    );
    expect(outcome).toBe('new-version');
    const [old, next] = await versionsOf(id);
    expect(old).toEqual(v1);
    expect(old!.sections[0]!.questions[0]!.prompt).toBe('What do you do?');
    expect(next).toMatchObject({ number: 2, name: 'Used guide v2' });
    expect(next!.sections[0]!.questions.map((q) => q.prompt)).toEqual([
      'What is your role?',
      'How long have you done it?',
      'A brand-new question',
    ]);
    expect(next!.sections[0]!.questions[0]!.id).toBe(sections[0]!.questions[0]!.id);
    expect((await guideRow(id)).currentVersionId).toBe(next!.id);
    expect(await getGuideVersion(t.db, { orgId: a.org.id }, old!.id)).toMatchObject({
      guideId: id,
      guideName: 'Used guide',
      number: 1,
    });
    const list = await listGuides(t.db, { orgId: a.org.id });
    expect(list.find((g) => g.id === id)).toMatchObject({
      currentVersionNumber: 2,
      interviewCount: 1,
      questionCount: 5,
    });
    const audits = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audits.find((e) => e.action === 'interview_guide.update')?.after).toMatchObject({
      versionNumber: 2,
    });
  });

  it('writes nothing when a guide is saved unchanged', async () => {
    const sections = twoSections();
    const { id } = await saved(a.manager, guideForm({ name: 'Unchanged', sections }));
    const { outcome } = await saved(
      a.manager,
      guideForm({ name: 'Unchanged', sections, guideId: id, version: 1 }),
    );
    expect(outcome).toBe('unchanged');
    expect((await guideRow(id)).version).toBe(1);
  });

  it('refuses a save that started before someone else’s, naming them, and changes nothing', async () => {
    const sections = twoSections();
    const { id } = await saved(a.manager, guideForm({ name: 'Contested', sections }));
    await saved(a.admin, guideForm({ name: 'Contested (admin)', sections, guideId: id, version: 1 }));
    signInAs(a.manager);
    const result = await saveGuide(
      null,
      guideForm({ name: 'Contested (manager)', sections, guideId: id, version: 1 }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^admin Aspen Library changed this guide .*what you typed is still here/,
    );
    expect((await guideRow(id)).name).toBe('Contested (admin)');
  });

  it('refuses a name another guide of the organization has, whatever its case', async () => {
    await createGuide(t.db, a.org.id, { name: 'Taken Name' });
    signInAs(a.manager);
    const result = await saveGuide(null, guideForm({ name: 'taken name', sections: twoSections() }));
    expect(!result.ok && result.fieldErrors?.name?.[0]).toMatch(/already called/);
  });
});

describe('retiring and restoring', () => {
  it('keeps the guide and its interviews but takes it off the startable list, and back', async () => {
    const { guide, version } = await createGuide(t.db, a.org.id, { name: 'Retire me' });
    await createInterview(t.db, a.org.id, version.id);
    signInAs(a.manager);
    const to = await expectRedirect(() => retireGuide(null, form({ id: guide.id, version: 1 })));
    expect(to).toBe(`/interviews/guides?saved=retired&guide=${guide.id}`);
    expect((await guideRow(guide.id)).retiredAt).not.toBeNull();
    expect((await listStartableGuides(t.db, { orgId: a.org.id })).map((g) => g.id)).not.toContain(guide.id);
    expect((await listGuides(t.db, { orgId: a.org.id })).find((g) => g.id === guide.id)).toMatchObject({
      retired: true,
      interviewCount: 1,
    });
    expect(await getGuideVersion(t.db, { orgId: a.org.id }, version.id)).not.toBeNull();

    const stale = await retireGuide(null, form({ id: guide.id, version: 1 }));
    expect(!stale.ok && stale.message).toMatch(/You changed this guide in another window/);
    await expectRedirect(() => restoreGuide(null, form({ id: guide.id, version: 2 })));
    expect((await guideRow(guide.id)).retiredAt).toBeNull();
    expect((await listStartableGuides(t.db, { orgId: a.org.id })).map((g) => g.id)).toContain(guide.id);
    const actions = (await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, guide.id))).map(
      (e) => e.action,
    );
    expect(actions.sort()).toEqual(['interview_guide.restore', 'interview_guide.retire']);
  });
});

describe('roles', () => {
  it.each(['staff', 'viewer'] as const)('refuses a %s every guide write', async (role) => {
    const { guide } = await createGuide(t.db, a.org.id, { name: `Not for ${role}` });
    signInAs(a[role]);
    const attempts: ActionResult[] = [
      await saveGuide(null, guideForm({ name: `${role} guide`, sections: twoSections() })),
      await saveGuide(
        null,
        guideForm({ name: 'Renamed', sections: twoSections(), guideId: guide.id, version: 1 }),
      ),
      await retireGuide(null, form({ id: guide.id, version: 1 })),
      await restoreGuide(null, form({ id: guide.id, version: 1 })),
    ];
    for (const result of attempts)
      expect(result).toMatchObject({ ok: false, message: /Only managers and admins/ });
    expect(await guideRow(guide.id)).toMatchObject({ name: `Not for ${role}`, version: 1, retiredAt: null });
    const names = (await listGuides(t.db, { orgId: a.org.id })).map((g) => g.name);
    expect(names).not.toContain(`${role} guide`);
  });

  it('refuses a signed-out caller', async () => {
    signInAs(null);
    const result = await saveGuide(null, guideForm({ name: 'Anonymous', sections: twoSections() }));
    expect(result).toMatchObject({ ok: false, message: /Sign in/ });
  });
});
