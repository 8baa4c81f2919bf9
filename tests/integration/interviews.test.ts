import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewGuideVersions,
  interviewInterviewers,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
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
import type { InterviewDraft } from '@/lib/interviews/validation';
import {
  createOrganizationWithMembers,
  form,
  createPartner as makePartner,
  signInAs,
  type TestMember,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

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

const emptyDraft: InterviewDraft = {
  answers: {},
  takeaways: [],
  themes: [],
  pending: { followUps: [], referrals: [] },
};

async function start(member: TestMember, values: Record<string, string | string[]> = {}) {
  signInAs(member);
  const to = await expectRedirect(() =>
    startInterview(
      null,
      form({
        guideId,
        heldOn: '2026-11-20',
        mode: 'in_person',
        interviewerIds: [member.membershipId],
        intervieweeName: 'Rosa Diaz',
        ...values,
      }),
    ),
  );
  const id = to.match(/\/interviews\/([0-9a-f-]+)\/conduct/)?.[1];
  if (!id) throw new Error(`unexpected redirect ${to}`);
  return id;
}

async function versionOf(id: string) {
  const [row] = await t.db
    .select({ version: interviews.version })
    .from(interviews)
    .where(eq(interviews.id, id));
  return row!.version;
}

async function consent(
  member: TestMember,
  id: string,
  values: Record<string, string> = { consentNotes: 'on' },
) {
  signInAs(member);
  return recordConsent(null, form({ id, version: await versionOf(id), ...values }));
}

async function save(member: TestMember, id: string, draft: Partial<InterviewDraft>, version?: number) {
  signInAs(member);
  return saveInterviewDraft(
    null,
    form({
      id,
      version: version ?? (await versionOf(id)),
      draft: JSON.stringify({ ...emptyDraft, ...draft }),
    }),
  );
}

async function complete(member: TestMember, id: string) {
  signInAs(member);
  return completeInterview(null, form({ id, version: await versionOf(id) }));
}

describe('starting an interview', () => {
  it('makes a draft with the guide’s current version and its interviewers, audited', async () => {
    const partner = await makePartner(t.db, a.org.id, { name: 'Family Resource Centre' });
    const id = await start(a.staff, {
      partnerId: partner.id,
      interviewerIds: [a.staff.membershipId, a.manager.membershipId],
    });
    const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row).toMatchObject({
      status: 'draft',
      partnerId: partner.id,
      heldOn: '2026-11-20',
      orgId: a.org.id,
    });
    const [guide] = await t.db.select().from(interviewGuides).where(eq(interviewGuides.id, guideId));
    expect(row!.guideVersionId).toBe(guide!.currentVersionId);
    const people = await t.db
      .select()
      .from(interviewInterviewers)
      .where(eq(interviewInterviewers.interviewId, id));
    expect(people.map((p) => p.membershipId).sort()).toEqual(
      [a.staff.membershipId, a.manager.membershipId].sort(),
    );
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((e) => e.action)).toEqual(['interview.start']);
  });

  it('needs a partner or the interviewee’s name, a real date, and members of the library', async () => {
    signInAs(a.staff);
    const result = await startInterview(
      null,
      form({ guideId, heldOn: '2026-02-30', mode: 'by pigeon', interviewerIds: [] }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        heldOn: [expect.any(String)],
        mode: [expect.any(String)],
        interviewerIds: [expect.any(String)],
      },
    });
    const noOne = await startInterview(
      null,
      form({ guideId, heldOn: '2026-11-20', mode: 'phone', interviewerIds: [a.staff.membershipId] }),
    );
    expect(noOne).toMatchObject({
      ok: false,
      fieldErrors: { intervieweeName: [expect.stringMatching(/Name the person/)] },
    });
    const outsiders = await startInterview(
      null,
      form({
        guideId,
        heldOn: '2026-11-20',
        mode: 'phone',
        intervieweeName: 'X',
        interviewerIds: [b.staff.membershipId],
      }),
    );
    expect(outsiders).toMatchObject({ ok: false, fieldErrors: { interviewerIds: [expect.any(String)] } });
  });

  it('is refused to viewers', async () => {
    signInAs(a.viewer);
    const result = await startInterview(
      null,
      form({
        guideId,
        heldOn: '2026-11-20',
        mode: 'phone',
        intervieweeName: 'X',
        interviewerIds: [a.viewer.membershipId],
      }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Only staff/) });
  });
});

describe('consent and notes', () => {
  it('refuses notes before consent is recorded', async () => {
    const id = await start(a.staff);
    const result = await save(a.staff, id, { answers: { 'about-role': 'I run the pantry.' } });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/consent/) });
  });

  it('keeps answers to this guide’s questions only, and takeaways, themes and pending entries', async () => {
    const id = await start(a.staff);
    expect(await consent(a.staff, id)).toMatchObject({ ok: true });
    const result = await save(a.staff, id, {
      answers: {
        'about-role': 'I run the pantry.',
        'not-a-question': 'dropped',
        'library-familiarity': 4,
        hopes: '  ',
      },
      takeaways: ['Childcare is the gap', ' '],
      themes: ['childcare', 'Childcare', 'food'],
    });
    expect(result).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row!.answers).toEqual({ 'about-role': 'I run the pantry.', 'library-familiarity': 4 });
    expect(row!.takeaways).toEqual(['Childcare is the gap']);
    expect(row!.themes).toEqual(['childcare', 'food']);
  });

  it('stores no answers without consent to keep notes, and withdrawing it removes those typed', async () => {
    const id = await start(a.staff);
    await consent(a.staff, id);
    await save(a.staff, id, { answers: { 'about-role': 'Something private' }, takeaways: ['Kept'] });
    expect(await consent(a.staff, id, { consentQuote: 'on' })).toMatchObject({ ok: true });
    let [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row).toMatchObject({ answers: {}, consentNotes: false, consentQuote: true, takeaways: ['Kept'] });
    await save(a.staff, id, { answers: { 'about-role': 'Typed anyway' }, takeaways: ['Still kept'] });
    [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row).toMatchObject({ answers: {}, takeaways: ['Still kept'] });
  });

  it('refuses a save that started from an older version, naming who saved', async () => {
    const id = await start(a.staff, { interviewerIds: [a.staff.membershipId, a.admin.membershipId] });
    await consent(a.staff, id);
    const stale = await versionOf(id);
    await save(a.admin, id, { takeaways: ['From the admin'] }, stale);
    const result = await save(a.staff, id, { takeaways: ['From staff'] }, stale);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(a.admin.name) });
    const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row!.takeaways).toEqual(['From the admin']);
  });

  it('records no answer text in the audit log', async () => {
    const id = await start(a.staff);
    await consent(a.staff, id);
    await save(a.staff, id, { answers: { 'about-role': 'A secret about the pantry' } });
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(JSON.stringify(audit)).not.toContain('secret about the pantry');
  });
});

describe('completing an interview', () => {
  it('makes the referrals and follow-ups, logs an interview with the partner and moves it to connected', async () => {
    const partner = await makePartner(t.db, a.org.id, { name: 'Youth Centre', stage: 'reached_out' });
    const id = await start(a.staff, {
      partnerId: partner.id,
      interviewerIds: [a.staff.membershipId, a.manager.membershipId],
    });
    await consent(a.staff, id);
    await save(a.staff, id, {
      takeaways: ['Teens need a quiet place after school'],
      themes: ['childcare'],
      pending: {
        followUps: [
          {
            key: 'f1',
            description: 'Send a thank-you note',
            assigneeMembershipId: a.manager.membershipId,
            dueOn: '2026-11-27',
          },
        ],
        referrals: [
          {
            key: 'r1',
            name: 'Ana Ruiz',
            organizationName: 'Teen Soccer League',
            howToReach: 'ana@example.org',
            reason: 'Runs the league',
            maySayWhoSuggested: true,
          },
          {
            key: 'r2',
            name: '',
            organizationName: 'Mosque youth group',
            howToReach: '',
            reason: '',
            maySayWhoSuggested: false,
          },
        ],
      },
    });
    const to = await expectRedirect(() =>
      completeInterview(null, form({ id, version: 0 })).then(() => undefined),
    ).catch(() => null);
    void to;
    const redirect = await expectRedirect(async () => {
      signInAs(a.staff);
      return completeInterview(null, form({ id, version: await versionOf(id) }));
    });
    // The page says the partner moved on, so no stage changes unseen.
    expect(redirect).toBe(`/interviews/${id}?saved=completed&movedFrom=reached_out`);

    const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row).toMatchObject({
      status: 'complete',
      completedByUserId: a.staff.userId,
      pending: { followUps: [], referrals: [] },
    });
    const made = await t.db
      .select()
      .from(referrals)
      .where(eq(referrals.interviewId, id))
      .orderBy(referrals.name);
    expect(made.map((r) => [r.name, r.status])).toEqual([
      ['Ana Ruiz', 'open'],
      ['Mosque youth group', 'open'],
    ]);
    const tasks = await t.db.select().from(followUps).where(eq(followUps.interviewId, id));
    expect(tasks).toMatchObject([
      {
        description: 'Send a thank-you note',
        assigneeMembershipId: a.manager.membershipId,
        partnerId: partner.id,
        status: 'open',
      },
    ]);

    const [interaction] = await t.db.select().from(interactions).where(eq(interactions.interviewId, id));
    expect(interaction).toMatchObject({ kind: 'interview', occurredOn: '2026-11-20', partnerId: partner.id });
    const people = await t.db
      .select()
      .from(interactionParticipants)
      .where(eq(interactionParticipants.interactionId, interaction!.id));
    expect(people).toHaveLength(2);
    const [after] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(after!.stage).toBe('connected');
    expect(after!.lastInteractionAt?.toISOString().slice(0, 10)).toBe('2026-11-20');
    const moves = await t.db.select().from(stageChanges).where(eq(stageChanges.partnerId, partner.id));
    expect(moves).toMatchObject([
      { fromStage: 'reached_out', toStage: 'connected', changedByUserId: a.staff.userId, interviewId: id },
    ]);
  });

  it('leaves a partner further along the path where it is', async () => {
    const partner = await makePartner(t.db, a.org.id, { stage: 'collaborating' });
    const id = await start(a.staff, { partnerId: partner.id });
    await consent(a.staff, id);
    await expectRedirect(() => complete(a.staff, id));
    const [after] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(after!.stage).toBe('collaborating');
    expect(await t.db.select().from(stageChanges).where(eq(stageChanges.partnerId, partner.id))).toEqual([]);
  });

  it('lists what an unfinished follow-up or referral lacks, beside it, and writes nothing', async () => {
    const partner = await makePartner(t.db, a.org.id, { stage: 'identified' });
    const id = await start(a.staff, { partnerId: partner.id });
    await consent(a.staff, id);
    await save(a.staff, id, {
      pending: {
        followUps: [
          { key: 'f1', description: ' ', assigneeMembershipId: b.staff.membershipId, dueOn: 'soon' },
        ],
        referrals: [
          {
            key: 'r1',
            name: '',
            organizationName: '',
            howToReach: 'x',
            reason: '',
            maySayWhoSuggested: false,
          },
        ],
      },
    });
    const result = await complete(a.staff, id);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        'followUps.f1.description': [expect.any(String)],
        'followUps.f1.dueOn': [expect.any(String)],
        'followUps.f1.assigneeMembershipId': [expect.any(String)],
        'referrals.r1.name': [expect.any(String)],
      },
    });
    const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row!.status).toBe('draft');
    expect(await t.db.select().from(interactions).where(eq(interactions.interviewId, id))).toEqual([]);
    const [p] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(p!.stage).toBe('identified');
  });

  it('closes the notes: a completed interview cannot be saved, consented again or deleted', async () => {
    const id = await start(a.staff);
    await consent(a.staff, id);
    await expectRedirect(() => complete(a.staff, id));
    expect(await save(a.staff, id, { takeaways: ['late'] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/completed/),
    });
    expect(await consent(a.staff, id)).toMatchObject({ ok: false });
    signInAs(a.staff);
    expect(await deleteDraftInterview(null, form({ id, version: await versionOf(id) }))).toMatchObject({
      ok: false,
    });
  });

  it('attaching a partner to a completed interview later records the interaction then', async () => {
    const id = await start(a.staff);
    await consent(a.staff, id);
    await expectRedirect(() => complete(a.staff, id));
    const partner = await makePartner(t.db, a.org.id, { stage: 'identified' });
    signInAs(a.staff);
    await expectRedirect(async () =>
      updateInterviewDetails(
        null,
        form({
          id,
          version: await versionOf(id),
          partnerId: partner.id,
          intervieweeName: 'Rosa Diaz',
          heldOn: '2026-11-20',
          mode: 'phone',
          interviewerIds: [a.staff.membershipId],
        }),
      ),
    );
    const [interaction] = await t.db.select().from(interactions).where(eq(interactions.interviewId, id));
    expect(interaction?.partnerId).toBe(partner.id);
    const [p] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(p!.stage).toBe('connected');
  });
});

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
