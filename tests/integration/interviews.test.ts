import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, interviewGuides, interviewInterviewers, interviews } from '@/db/schema';
import { startInterview } from '@/lib/interviews/actions';
import { listStartableGuides } from '@/lib/interviews/guides';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { interviewSteps } from '../support/interview-steps';

// Interviews as their interviewer takes them: starting one, consent and notes. Completing one is in
// interviews-complete.test.ts; who reads what, and other organizations, in interviews-access.test.ts.

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

const { start, versionOf, consent, save } = interviewSteps(t, () => guideId);

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
