import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, followUps, interactionParticipants, interactions, partners } from '@/db/schema';
import {
  createInteraction,
  deleteInteraction,
  updateInteraction,
} from '@/lib/relationships/interaction-actions';
import { partnerTimeline } from '@/lib/relationships/queries';
import { changeStage } from '@/lib/relationships/stage-actions';
import {
  createMember,
  createOrganizationWithMembers,
  form,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { dayFromToday } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function lastContact(partnerId: string) {
  const [row] = await t.db
    .select({ at: partners.lastInteractionAt })
    .from(partners)
    .where(eq(partners.id, partnerId));
  return row?.at ? row.at.toISOString().slice(0, 10) : null;
}

async function log(partnerId: string, values: Record<string, string | string[]>) {
  const result = await createInteraction(null, form({ partnerId, kind: 'meeting', ...values }));
  if (!result.ok) throw new Error(result.message + JSON.stringify(result.fieldErrors));
  return result.data.id;
}

async function interactionRow(id: string) {
  const [row] = await t.db.select().from(interactions).where(eq(interactions.id, id));
  return row;
}

describe('logging a contact', () => {
  it('records kind, date, who took part and the note, and keeps the last contact date', async () => {
    const { org, staff, manager } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const id = await log(partner.id, {
      kind: 'event',
      occurredOn: dayFromToday(-10),
      participants: [staff.membershipId, manager.membershipId],
      note: ' Shared a table at the resource fair. ',
    });
    expect(await interactionRow(id)).toMatchObject({
      kind: 'event',
      occurredOn: dayFromToday(-10),
      note: 'Shared a table at the resource fair.',
      createdByUserId: staff.userId,
    });
    const people = await t.db
      .select()
      .from(interactionParticipants)
      .where(eq(interactionParticipants.interactionId, id));
    expect(people.map((p) => p.membershipId).sort()).toEqual(
      [staff.membershipId, manager.membershipId].sort(),
    );
    expect(await lastContact(partner.id)).toBe(dayFromToday(-10));
    // An older contact logged later does not move the last contact back.
    await log(partner.id, { occurredOn: dayFromToday(-40) });
    expect(await lastContact(partner.id)).toBe(dayFromToday(-10));
    await log(partner.id, { occurredOn: dayFromToday(-2) });
    expect(await lastContact(partner.id)).toBe(dayFromToday(-2));
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['interaction.create']);
  });

  it('adds the follow-up agreed in it, and refuses half a follow-up with a message beside each field', async () => {
    const { org, staff, manager } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const half = await createInteraction(
      null,
      form({
        partnerId: partner.id,
        kind: 'call',
        occurredOn: dayFromToday(0),
        followUpDescription: 'Send the flyer',
        followUpAssignee: '',
      }),
    );
    expect(half).toMatchObject({
      ok: false,
      fieldErrors: { followUpDueOn: [expect.any(String)], followUpAssignee: [expect.any(String)] },
    });
    expect(await t.db.select().from(interactions).where(eq(interactions.partnerId, partner.id))).toEqual([]);
    const id = await log(partner.id, {
      occurredOn: dayFromToday(0),
      followUpDescription: 'Send the flyer',
      followUpAssignee: manager.membershipId,
      followUpDueOn: dayFromToday(5),
    });
    const [followUp] = await t.db.select().from(followUps).where(eq(followUps.partnerId, partner.id));
    expect(followUp).toMatchObject({
      interactionId: id,
      description: 'Send the flyer',
      assigneeMembershipId: manager.membershipId,
      dueOn: dayFromToday(5),
      originalDueOn: dayFromToday(5),
      status: 'open',
    });
    const [p] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(p!.nextFollowUpOn).toBe(dayFromToday(5));
  });

  it('refuses a date in the future, a made-up date, an unknown kind and people from elsewhere', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const other = await createOrganizationWithMembers(t.db);
    const former = await createMember(t.db, org.id, { active: false });
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const future = await createInteraction(
      null,
      form({ partnerId: partner.id, kind: 'call', occurredOn: dayFromToday(5) }),
    );
    expect(future).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: [expect.stringContaining('happened')] },
    });
    const bad = await createInteraction(
      null,
      form({ partnerId: partner.id, kind: 'carrier pigeon', occurredOn: '2026-02-30' }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { kind: [expect.any(String)], occurredOn: ['Enter a real date, like 2026-05-14.'] },
    });
    for (const person of [other.staff.membershipId, former.membershipId, 'nobody']) {
      const refused = await createInteraction(
        null,
        form({ partnerId: partner.id, kind: 'call', occurredOn: dayFromToday(-1), participants: [person] }),
      );
      expect(refused).toMatchObject({ ok: false, fieldErrors: { participants: [expect.any(String)] } });
    }
    expect(await lastContact(partner.id)).toBeNull();
  });
});

describe('editing and removing a contact', () => {
  it('keeps the last contact date right when a date is changed or a contact removed', async () => {
    const { org, staff, manager } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const older = await log(partner.id, { occurredOn: dayFromToday(-30) });
    const newer = await log(partner.id, { occurredOn: dayFromToday(-3), participants: [staff.membershipId] });
    expect(await lastContact(partner.id)).toBe(dayFromToday(-3));

    // Moving the newest contact back in time brings the last contact back too.
    const moved = await updateInteraction(
      null,
      form({
        interactionId: newer,
        version: 1,
        kind: 'call',
        occurredOn: dayFromToday(-50),
        participants: [manager.membershipId],
        note: 'It was earlier',
      }),
    );
    expect(moved).toMatchObject({ ok: true, data: { changed: true } });
    expect(await lastContact(partner.id)).toBe(dayFromToday(-30));
    expect(await interactionRow(newer)).toMatchObject({ kind: 'call', note: 'It was earlier', version: 2 });
    const people = await t.db
      .select()
      .from(interactionParticipants)
      .where(eq(interactionParticipants.interactionId, newer));
    expect(people.map((p) => p.membershipId)).toEqual([manager.membershipId]);

    // A stale edit is refused and changes nothing.
    const stale = await updateInteraction(
      null,
      form({ interactionId: newer, version: 1, kind: 'email', occurredOn: dayFromToday(-1) }),
    );
    expect(stale.ok).toBe(false);
    expect(await lastContact(partner.id)).toBe(dayFromToday(-30));

    // Removing the latest leaves the one before; removing the last leaves none.
    expect(await deleteInteraction(null, form({ interactionId: older, version: 1 }))).toMatchObject({
      ok: true,
    });
    expect(await lastContact(partner.id)).toBe(dayFromToday(-50));
    expect(await deleteInteraction(null, form({ interactionId: newer, version: 2 }))).toMatchObject({
      ok: true,
    });
    expect(await lastContact(partner.id)).toBeNull();
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, newer));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'interaction.create',
      'interaction.delete',
      'interaction.update',
    ]);
  });

  it('lets a viewer read the timeline but not log, edit or remove', async () => {
    const { org, staff, viewer } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const id = await log(partner.id, { occurredOn: dayFromToday(-3), note: 'Coffee with the director' });
    signInAs(viewer);
    const refused = [
      await createInteraction(
        null,
        form({ partnerId: partner.id, kind: 'call', occurredOn: dayFromToday(0) }),
      ),
      await updateInteraction(
        null,
        form({ interactionId: id, version: 1, kind: 'call', occurredOn: dayFromToday(0) }),
      ),
      await deleteInteraction(null, form({ interactionId: id, version: 1 })),
    ];
    for (const result of refused)
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Only') });
    expect(await interactionRow(id)).toMatchObject({ version: 1, kind: 'meeting' });
    const timeline = await partnerTimeline(t.db, viewer, partner.id);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ type: 'interaction', note: 'Coffee with the director' });
  });
});

describe('the timeline', () => {
  it('mixes contacts and stage moves, newest first', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'identified' });
    signInAs(staff);
    await log(partner.id, { occurredOn: dayFromToday(-20), note: 'First call' });
    await changeStage(
      null,
      form({ partnerId: partner.id, version: 1, toStage: 'connected', note: 'Met them' }),
    );
    await log(partner.id, { occurredOn: dayFromToday(-60), note: 'Old email' });
    const timeline = await partnerTimeline(t.db, staff, partner.id);
    expect(
      timeline.map((e) => (e.type === 'interaction' ? e.note : e.type === 'stage' ? e.note : '')),
    ).toEqual(['Met them', 'First call', 'Old email']);
  });
});

describe('logging a call that moved the partner on', () => {
  it('logs it and moves the stage in one transaction, with the note in the stage history', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'identified' });
    signInAs(staff);
    const result = await createInteraction(
      null,
      form({
        partnerId: partner.id,
        kind: 'call',
        occurredOn: dayFromToday(0),
        note: 'They want to meet',
        moveStage: 'on',
        toStage: 'reached_out',
        partnerVersion: partner.version,
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { movedTo: 'reached_out' } });
    const [row] = await t.db.select().from(partners).where(eq(partners.id, partner.id));
    expect(row).toMatchObject({ stage: 'reached_out', version: partner.version + 1 });
    expect(await lastContact(partner.id)).toBe(dayFromToday(0));
    const timeline = await partnerTimeline(t.db, staff, partner.id);
    // Both at the same moment: the call, and the move it made.
    expect(timeline.map((e) => e.type).sort()).toEqual(['interaction', 'stage']);
    expect(timeline.find((e) => e.type === 'stage')).toMatchObject({
      toStage: 'reached_out',
      note: 'They want to meet',
    });
  });

  it('refuses a move to where it is, or on top of someone else’s change, and then logs nothing', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'connected', version: 3 });
    signInAs(staff);
    const base = { partnerId: partner.id, kind: 'meeting', occurredOn: dayFromToday(0), moveStage: 'on' };
    expect(
      await createInteraction(null, form({ ...base, toStage: 'connected', partnerVersion: 3 })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { toStage: [expect.stringContaining('already at Connected')] },
    });
    expect(
      await createInteraction(null, form({ ...base, toStage: 'collaborating', partnerVersion: 2 })),
    ).toMatchObject({ ok: false, message: expect.stringContaining('changed') });
    expect(await createInteraction(null, form({ ...base, toStage: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { toStage: ['Choose the new stage.'] },
    });
    expect(await t.db.select().from(interactions).where(eq(interactions.partnerId, partner.id))).toEqual([]);
  });
});
