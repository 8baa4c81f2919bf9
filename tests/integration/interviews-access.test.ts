import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interviewGuides, interviewGuideVersions, interviews } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import {
  deleteDraftInterview,
  saveInterviewDraft,
  startInterview,
  updateInterviewDetails,
} from '@/lib/interviews/actions';
import { completeInterview } from '@/lib/interviews/complete-actions';
import { recordConsent } from '@/lib/interviews/consent-actions';
import { listStartableGuides } from '@/lib/interviews/guides';
import { getInterview, listInterviews, listThemeSuggestions } from '@/lib/interviews/queries';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { interviewSteps } from '../support/interview-steps';
import { expectRedirect } from '../support/next';

// Who reads which interview, walls between organizations, and interviews keeping their guide version.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let guideId: string;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  const guides = await listStartableGuides(t.db, a.staff);
  guideId = guides[0]!.id;
});

const { emptyDraft, start, versionOf, consent, save, complete } = interviewSteps(t, () => guideId);

describe('who reads what', () => {
  let draftId: string;
  let doneId: string;
  beforeAll(async () => {
    draftId = await start(a.staff, { intervieweeName: 'Draft Person' });
    doneId = await start(a.staff, { intervieweeName: 'Private Person', intervieweeRole: 'Pastor' });
    await consent(a.staff, doneId, { consentNotes: 'on' });
    await save(a.staff, doneId, {
      answers: { 'about-role': 'Answer text' },
      takeaways: ['A takeaway'],
      themes: ['transport'],
    });
    await expectRedirect(() => complete(a.staff, doneId));
  });

  it('drafts are their interviewers’, managers’ and admins’ only', async () => {
    expect(await getInterview(t.db, a.staff, draftId)).not.toBeNull();
    expect(await getInterview(t.db, a.manager, draftId)).not.toBeNull();
    expect(await getInterview(t.db, a.admin, draftId)).not.toBeNull();
    expect(await getInterview(t.db, a.viewer, draftId)).toBeNull();
    const other = { ...a.staff, membershipId: a.manager.membershipId, role: 'staff' as const };
    expect(await getInterview(t.db, other, draftId)).toBeNull();
    const viewerList = await listInterviews(t.db, a.viewer, {});
    expect(viewerList.rows.map((r) => r.id)).not.toContain(draftId);
    expect(viewerList.rows.map((r) => r.id)).toContain(doneId);
  });

  it('viewers read takeaways and themes, never answers or the interviewee unless they may be named', async () => {
    const seen = await getInterview(t.db, a.viewer, doneId);
    expect(seen).toMatchObject({
      answers: {},
      intervieweeName: '',
      intervieweeRole: '',
      takeaways: ['A takeaway'],
      themes: ['transport'],
      detailsWithheld: true,
    });
    const list = await listInterviews(t.db, a.viewer, {});
    expect(JSON.stringify(list)).not.toContain('Private Person');
    const staffSees = await getInterview(t.db, a.staff, doneId);
    expect(staffSees!.answers).toEqual({ 'about-role': 'Answer text' });
  });

  it('filters by theme, status and date, and suggests themes already used', async () => {
    expect((await listInterviews(t.db, a.manager, { theme: 'Transport' })).rows.map((r) => r.id)).toEqual([
      doneId,
    ]);
    expect(
      (await listInterviews(t.db, a.manager, { status: 'draft' })).rows.every((r) => r.status === 'draft'),
    ).toBe(true);
    expect((await listInterviews(t.db, a.manager, { from: '2026-11-21' })).total).toBe(0);
    expect(await listThemeSuggestions(t.db, a.staff)).toContain('transport');
  });
});

describe('another organization', () => {
  it('cannot read, save, complete or delete an interview, nor start one with its guide or partners', async () => {
    const id = await start(a.staff);
    await consent(a.staff, id);
    const before = await t.db.select().from(interviews).where(eq(interviews.id, id));
    const v = await versionOf(id);
    const attempts: [string, () => Promise<ActionResult>][] = [
      ['save', () => saveInterviewDraft(null, form({ id, version: v, draft: JSON.stringify(emptyDraft) }))],
      ['consent', () => recordConsent(null, form({ id, version: v, consentNotes: 'on' }))],
      ['complete', () => completeInterview(null, form({ id, version: v }))],
      ['delete', () => deleteDraftInterview(null, form({ id, version: v }))],
      [
        'details',
        () =>
          updateInterviewDetails(
            null,
            form({
              id,
              version: v,
              intervieweeName: 'X',
              heldOn: '2026-11-20',
              mode: 'phone',
              interviewerIds: [b.admin.membershipId],
            }),
          ),
      ],
    ];
    for (const [, attempt] of attempts) {
      signInAs(b.admin);
      expect(await attempt()).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    }
    expect(await t.db.select().from(interviews).where(eq(interviews.id, id))).toEqual(before);
    expect(await getInterview(t.db, b.admin, id)).toBeNull();
    expect((await listInterviews(t.db, b.admin, {})).rows).toEqual([]);
    const aPartner = await makePartner(t.db, a.org.id);
    signInAs(b.admin);
    const result = await startInterview(
      null,
      form({
        guideId,
        partnerId: aPartner.id,
        heldOn: '2026-11-20',
        mode: 'phone',
        interviewerIds: [b.admin.membershipId],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { guideId: [expect.any(String)], partnerId: [expect.any(String)] },
    });
  });
});

describe('guide versions', () => {
  it('an interview keeps the questions it was asked when the guide moves on', async () => {
    const id = await start(a.staff);
    const [guide] = await t.db.select().from(interviewGuides).where(eq(interviewGuides.id, guideId));
    const [next] = await t.db
      .insert(interviewGuideVersions)
      .values({
        orgId: a.org.id,
        guideId,
        number: 99,
        name: 'Changed',
        sections: [{ id: 's', title: 'Only', hint: '', questions: [] }],
      })
      .returning();
    await t.db
      .update(interviewGuides)
      .set({ currentVersionId: next!.id })
      .where(eq(interviewGuides.id, guideId));
    const seen = await getInterview(t.db, a.staff, id);
    expect(seen!.sections.map((s) => s.title)).toContain('Hopes and concerns');
    await t.db
      .update(interviewGuides)
      .set({ currentVersionId: guide!.currentVersionId })
      .where(and(eq(interviewGuides.id, guideId)));
  });
});
