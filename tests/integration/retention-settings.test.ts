import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import OrganizationSettingsPage from '@/app/(app)/settings/organization/page';
import { auditEntries, interviews, organizations } from '@/db/schema';
import { type ActionResult, staleMessage } from '@/lib/auth/action';
import { readArchive } from '@/lib/export/read-archive';
import { loadOrganizationArchive } from '@/lib/export/snapshot';
import { applyRetentionNow, updateRetentionSettings } from '@/lib/retention/actions';
import { getRetentionOverview } from '@/lib/retention/queries';
import { retentionMessages } from '@/lib/retention/validation';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// Settings → Organization, "Data retention": only admins set how long their own organization keeps
// interview answers and import files; each wrong value is refused beside its field; an edit made
// meanwhile is never overwritten; every change is audited; "remove now" purges that organization only.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
beforeEach(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
});

async function orgRow(id: string) {
  const [row] = await t.db.select().from(organizations).where(eq(organizations.id, id));
  return row!;
}

const save = (values: Record<string, string>) =>
  updateRetentionSettings(null, form({ version: '1', ...values })) as Promise<ActionResult>;

describe('saving the retention periods', () => {
  it('starts from three years and thirty days, saves years, months or “until removed”, and audits each change', async () => {
    expect(await orgRow(a.org.id)).toMatchObject({ interviewAnswersKeepMonths: 36, importFilesKeepDays: 30 });
    signInAs(a.admin);
    expect(
      await expectRedirect(() =>
        save({ answersKeep: 'period', answersPeriod: ' 2 ', answersUnit: 'years', importFilesDays: '14' }),
      ),
    ).toBe('/settings/organization?saved=retention#retention');
    expect(await orgRow(a.org.id)).toMatchObject({
      interviewAnswersKeepMonths: 24,
      importFilesKeepDays: 14,
      version: 2,
    });
    await expectRedirect(() =>
      save({
        answersKeep: 'period',
        answersPeriod: '18',
        answersUnit: 'months',
        importFilesDays: '14',
        version: '2',
      }),
    );
    expect((await orgRow(a.org.id)).interviewAnswersKeepMonths).toBe(18);
    // "Until removed": whatever is left in the hidden boxes is not read.
    await expectRedirect(() =>
      save({
        answersKeep: 'forever',
        answersPeriod: 'x',
        answersUnit: '',
        importFilesDays: '7',
        version: '3',
      }),
    );
    expect(await orgRow(a.org.id)).toMatchObject({
      interviewAnswersKeepMonths: null,
      importFilesKeepDays: 7,
    });

    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, a.org.id), eq(auditEntries.action, 'organization.retention')))
      .orderBy(auditEntries.createdAt);
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [
        { interviewAnswersKeepMonths: 36, importFilesKeepDays: 30 },
        { interviewAnswersKeepMonths: 24, importFilesKeepDays: 14 },
      ],
      [
        { interviewAnswersKeepMonths: 24, importFilesKeepDays: 14 },
        { interviewAnswersKeepMonths: 18, importFilesKeepDays: 14 },
      ],
      [
        { interviewAnswersKeepMonths: 18, importFilesKeepDays: 14 },
        { interviewAnswersKeepMonths: null, importFilesKeepDays: 7 },
      ],
    ]);
    expect(entries.every((e) => e.actorUserId === a.admin.userId)).toBe(true);
    // Another organization's settings never move.
    expect(await orgRow(b.org.id)).toMatchObject({
      interviewAnswersKeepMonths: 36,
      importFilesKeepDays: 30,
      version: 1,
    });
  });

  it('refuses each wrong value beside its field, all at once, and changes nothing', async () => {
    signInAs(a.admin);
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [
        { answersKeep: 'period', answersPeriod: '', answersUnit: 'years', importFilesDays: '0' },
        { answersPeriod: [retentionMessages.years], importFilesDays: [retentionMessages.days] },
      ],
      [
        { answersKeep: 'period', answersPeriod: '51', answersUnit: 'years', importFilesDays: '30' },
        { answersPeriod: [retentionMessages.years] },
      ],
      [
        { answersKeep: 'period', answersPeriod: '601', answersUnit: 'months', importFilesDays: '366' },
        { answersPeriod: [retentionMessages.months], importFilesDays: [retentionMessages.days] },
      ],
      [
        { answersKeep: 'period', answersPeriod: '2.5', answersUnit: 'years', importFilesDays: 'ten' },
        { answersPeriod: [retentionMessages.years], importFilesDays: [retentionMessages.days] },
      ],
      [
        { answersKeep: 'period', answersPeriod: '3', answersUnit: 'decades', importFilesDays: '30' },
        { answersUnit: [retentionMessages.unit] },
      ],
      [
        { answersPeriod: '3', answersUnit: 'years', importFilesDays: '' },
        {
          answersKeep: [retentionMessages.keepChoice],
          importFilesDays: [retentionMessages.days],
        },
      ],
    ];
    for (const [values, fieldErrors] of cases) {
      const result = await save(values);
      expect(result, JSON.stringify(values)).toEqual({
        ok: false,
        message: 'Some fields need attention.',
        fieldErrors,
      });
    }
    expect(await orgRow(a.org.id)).toMatchObject({
      interviewAnswersKeepMonths: 36,
      importFilesKeepDays: 30,
      version: 1,
    });
  });

  it('refuses a form older than the settings, and anyone but an admin', async () => {
    const valid = { answersKeep: 'period', answersPeriod: '1', answersUnit: 'years', importFilesDays: '10' };
    await t.db.update(organizations).set({ version: 2 }).where(eq(organizations.id, a.org.id));
    signInAs(a.admin);
    expect(await save(valid)).toEqual({ ok: false, message: staleMessage });
    for (const member of [a.manager, a.staff, a.viewer]) {
      signInAs(member);
      const result = await save({ ...valid, version: '2' });
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Only admins can do this/) });
      const now = (await applyRetentionNow(null, form({}))) as ActionResult;
      expect(now).toMatchObject({ ok: false, message: expect.stringMatching(/^Only admins can do this/) });
    }
    signInAs(null);
    expect(await save({ ...valid, version: '2' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/session/),
    });
    expect(await orgRow(a.org.id)).toMatchObject({ interviewAnswersKeepMonths: 36, version: 2 });
  });
});

describe('what is past its date, and removing it now', () => {
  it('counts it on the settings page, and removes it for the admin’s own organization only', async () => {
    const old = '2019-05-01';
    const { version: guideA } = await createGuide(t.db, a.org.id);
    const { version: guideB } = await createGuide(t.db, b.org.id);
    const answer = (v: typeof guideA) => ({ [v.sections[0]!.questions[0]!.id]: 'Said long ago' });
    const inA = await createInterview(t.db, a.org.id, guideA.id, {
      heldOn: old,
      consentNotes: true,
      answers: answer(guideA),
    });
    const inB = await createInterview(t.db, b.org.id, guideB.id, {
      heldOn: old,
      consentNotes: true,
      answers: answer(guideB),
    });

    expect(await getRetentionOverview(t.db, { orgId: a.org.id })).toMatchObject({
      interviewAnswersKeepMonths: 36,
      importFilesKeepDays: 30,
      pastDate: { interviewAnswers: 1, importFiles: 0 },
      lastRunAt: null,
    });
    signInAs(a.admin);
    const page = await renderToHtml(await OrganizationSettingsPage({ searchParams: Promise.resolve({}) }));
    expect(page).toContain('Data retention');
    expect(page).toContain('Past their date now: the answers of 1 interview.');
    expect(page).toContain('The daily check has not run yet.');

    expect(await expectRedirect(() => applyRetentionNow(null, form({})))).toBe(
      '/settings/organization?saved=purged#retention',
    );
    const [afterA] = await t.db.select().from(interviews).where(eq(interviews.id, inA.id));
    const [afterB] = await t.db.select().from(interviews).where(eq(interviews.id, inB.id));
    expect(afterA!.answers).toEqual({});
    expect(afterB!.answers).toEqual(inB.answers);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, a.org.id), eq(auditEntries.action, 'retention.purge')));
    expect(entry).toMatchObject({ actorUserId: a.admin.userId, after: { interviewAnswers: 1 } });

    const after = await renderToHtml(
      await OrganizationSettingsPage({ searchParams: Promise.resolve({ saved: 'purged' }) }),
    );
    expect(after).toContain('Nothing is past its date.');
    expect(after).toContain('The last removal was on');
  });
});

describe('the organization archive', () => {
  it('carries the retention settings and the removal mark, and still reads an archive written before them', async () => {
    await t.db
      .update(organizations)
      .set({ interviewAnswersKeepMonths: null, importFilesKeepDays: 9 })
      .where(eq(organizations.id, a.org.id));
    const { version } = await createGuide(t.db, a.org.id);
    await createInterview(t.db, a.org.id, version.id, { answersRemovedAt: new Date('2026-01-02T03:04:05Z') });
    const archive = await loadOrganizationArchive(t.db, {
      orgId: a.org.id,
      name: 'Ada',
      email: 'ada@example.org',
    });
    const text = JSON.stringify(archive);
    const parsed = readArchive(new TextEncoder().encode(text));
    expect(parsed.organization).toMatchObject({ interviewAnswersKeepMonths: null, importFilesKeepDays: 9 });
    expect(parsed.interviews[0]).toMatchObject({ answersRemovedAt: new Date('2026-01-02T03:04:05Z') });

    const older = JSON.parse(text);
    delete older.organization.interviewAnswersKeepMonths;
    delete older.organization.importFilesKeepDays;
    for (const row of older.interviews) delete row.answersRemovedAt;
    const parsedOlder = readArchive(new TextEncoder().encode(JSON.stringify(older)));
    expect(parsedOlder.organization).not.toHaveProperty('importFilesKeepDays');
    expect(parsedOlder.interviews[0]).not.toHaveProperty('answersRemovedAt');
  });
});
