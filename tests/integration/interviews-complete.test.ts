import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  followUps,
  interactionParticipants,
  interactions,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { deleteDraftInterview, updateInterviewDetails } from '@/lib/interviews/actions';
import { completeInterview } from '@/lib/interviews/complete-actions';
import { listStartableGuides } from '@/lib/interviews/guides';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { interviewSteps } from '../support/interview-steps';
import { expectRedirect } from '../support/next';

// Completing an interview: what it makes (referrals, follow-ups, an interaction, a stage move) and
// what it closes. Starting and notes are in interviews.test.ts.

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

const { start, versionOf, consent, save, complete } = interviewSteps(t, () => guideId);

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
