import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, followUps, partners } from '@/db/schema';
import {
  completeFollowUp,
  createFollowUp,
  reassignFollowUp,
  reopenFollowUp,
  snoozeFollowUp,
} from '@/lib/relationships/follow-up-actions';
import { listFollowUps, overdueFollowUpCount } from '@/lib/relationships/follow-up-queries';
import { partnerFollowUps } from '@/lib/relationships/queries';
import {
  createMember,
  createOrganizationWithMembers,
  form,
  createPartner as makePartner,
  signInAs,
  type TestMember,
} from '../factories';
import { dayFromToday, makeFollowUp } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function row(id: string) {
  const [found] = await t.db.select().from(followUps).where(eq(followUps.id, id));
  return found!;
}

const ctxOf = (m: TestMember) => ({
  orgId: m.orgId,
  membershipId: m.membershipId,
  role: m.role,
  timeZone: m.timeZone,
});
const descriptions = (list: { description: string }[]) => list.map((f) => f.description);

describe('the follow-ups page lists', () => {
  let org: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
  let colleague: TestMember;
  beforeAll(async () => {
    org = await createOrganizationWithMembers(t.db);
    colleague = await createMember(t.db, org.org.id, { name: 'Colleague' });
    const owned = await makePartner(t.db, org.org.id, { ownerMembershipId: org.staff.membershipId });
    const other = await makePartner(t.db, org.org.id, { ownerMembershipId: colleague.membershipId });
    const mine = { assigneeMembershipId: org.staff.membershipId, partnerId: other.id };
    await makeFollowUp(t.db, org.org.id, { ...mine, dueOn: dayFromToday(-3), description: 'Mine overdue' });
    await makeFollowUp(t.db, org.org.id, { ...mine, dueOn: dayFromToday(0), description: 'Mine today' });
    await makeFollowUp(t.db, org.org.id, {
      ...mine,
      dueOn: dayFromToday(6),
      description: 'Mine in six days',
    });
    await makeFollowUp(t.db, org.org.id, { ...mine, dueOn: dayFromToday(7), description: 'Mine next week' });
    await makeFollowUp(t.db, org.org.id, {
      ...mine,
      dueOn: dayFromToday(-9),
      description: 'Mine done',
      status: 'done',
    });
    await makeFollowUp(t.db, org.org.id, {
      assigneeMembershipId: colleague.membershipId,
      partnerId: owned.id,
      dueOn: dayFromToday(-1),
      description: 'Colleague’s, on my partner',
    });
    await makeFollowUp(t.db, org.org.id, {
      assigneeMembershipId: colleague.membershipId,
      partnerId: other.id,
      dueOn: dayFromToday(-2),
      description: 'Colleague’s own',
    });
    const elsewhere = await createOrganizationWithMembers(t.db);
    await makeFollowUp(t.db, elsewhere.org.id, {
      assigneeMembershipId: elsewhere.staff.membershipId,
      dueOn: dayFromToday(-1),
      description: 'Another library’s',
    });
  });

  it('sorts a person’s own into overdue, this week (today and the next six days), later and recently done', async () => {
    const lists = await listFollowUps(t.db, ctxOf(org.staff), { scope: 'mine' });
    expect(descriptions(lists.overdue)).toEqual(['Mine overdue']);
    expect(descriptions(lists.thisWeek)).toEqual(['Mine today', 'Mine in six days']);
    expect(descriptions(lists.later)).toEqual(['Mine next week']);
    expect(descriptions(lists.done)).toEqual(['Mine done']);
    expect(lists.overdue[0]!.canAct).toBe(true);
  });

  it('shows staff the ones on partners they look after, whoever has them', async () => {
    const lists = await listFollowUps(t.db, ctxOf(org.staff), { scope: 'my-partners' });
    expect(descriptions(lists.overdue)).toEqual(['Colleague’s, on my partner']);
    expect(lists.overdue[0]!.canAct).toBe(true);
  });

  it('shows managers everyone’s in the organization, and one person’s on request', async () => {
    const all = await listFollowUps(t.db, ctxOf(org.manager), { scope: 'everyone' });
    expect(descriptions(all.overdue)).toEqual([
      'Mine overdue',
      'Colleague’s own',
      'Colleague’s, on my partner',
    ]);
    const theirs = await listFollowUps(t.db, ctxOf(org.manager), {
      scope: 'everyone',
      person: colleague.membershipId,
    });
    expect(descriptions(theirs.overdue)).toEqual(['Colleague’s own', 'Colleague’s, on my partner']);
    expect(all.overdue.every((f) => f.canAct)).toBe(true);
  });

  it('counts only the caller’s own open overdue follow-ups for the navigation', async () => {
    expect(await overdueFollowUpCount(t.db, ctxOf(org.staff))).toBe(1);
    expect(await overdueFollowUpCount(t.db, ctxOf(colleague))).toBe(2);
    expect(await overdueFollowUpCount(t.db, ctxOf(org.manager))).toBe(0);
  });

  it('lists a partner’s follow-ups for everyone who reads it, actions only for those who may act', async () => {
    const [other] = await t.db
      .select()
      .from(partners)
      .where(eq(partners.ownerMembershipId, colleague.membershipId));
    const forViewer = await partnerFollowUps(t.db, ctxOf(org.viewer), other!.id);
    expect(descriptions(forViewer.open)).toEqual([
      'Mine overdue',
      'Colleague’s own',
      'Mine today',
      'Mine in six days',
      'Mine next week',
    ]);
    expect(forViewer.open.some((f) => f.canAct)).toBe(false);
    const forStaff = await partnerFollowUps(t.db, ctxOf(org.staff), other!.id);
    expect(forStaff.open.filter((f) => f.canAct).map((f) => f.description)).not.toContain('Colleague’s own');
  });
});

describe('acting on a follow-up', () => {
  it('marks it done and reopens it, keeping the partner’s next follow-up date in step', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id);
    signInAs(staff);
    const added = await createFollowUp(
      null,
      form({
        partnerId: partner.id,
        description: 'Thank-you note',
        assigneeMembershipId: staff.membershipId,
        dueOn: dayFromToday(2),
      }),
    );
    expect(added.ok).toBe(true);
    const id = added.ok ? added.data.id : '';
    const nextOf = async () =>
      (await t.db.select().from(partners).where(eq(partners.id, partner.id)))[0]!.nextFollowUpOn;
    expect(await nextOf()).toBe(dayFromToday(2));
    expect(await completeFollowUp(null, form({ followUpId: id, version: 1 }))).toMatchObject({ ok: true });
    expect(await row(id)).toMatchObject({ status: 'done', doneByUserId: staff.userId, version: 2 });
    expect(await nextOf()).toBeNull();
    expect(await completeFollowUp(null, form({ followUpId: id, version: 2 }))).toMatchObject({
      ok: false,
      message: 'This follow-up is already done.',
    });
    expect(await reopenFollowUp(null, form({ followUpId: id, version: 2 }))).toMatchObject({ ok: true });
    expect(await row(id)).toMatchObject({ status: 'open', doneAt: null });
    expect(await nextOf()).toBe(dayFromToday(2));
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'follow_up.complete',
      'follow_up.create',
      'follow_up.reopen',
    ]);
  });

  it('snoozes a week on (from today when overdue) or to a day, keeping the first due date', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const followUp = await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: staff.membershipId,
      dueOn: dayFromToday(-10),
    });
    signInAs(staff);
    expect(
      await snoozeFollowUp(null, form({ followUpId: followUp.id, version: 1, how: 'week' })),
    ).toMatchObject({
      ok: true,
    });
    expect(await row(followUp.id)).toMatchObject({
      dueOn: dayFromToday(7),
      originalDueOn: dayFromToday(-10),
    });
    expect(
      await snoozeFollowUp(
        null,
        form({ followUpId: followUp.id, version: 2, how: 'date', until: dayFromToday(-1) }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { until: ['Choose today or a later day.'] } });
    expect(
      await snoozeFollowUp(null, form({ followUpId: followUp.id, version: 2, how: 'date' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { until: ['Choose the new due date.'] },
    });
    await snoozeFollowUp(
      null,
      form({ followUpId: followUp.id, version: 2, how: 'date', until: dayFromToday(20) }),
    );
    expect(await row(followUp.id)).toMatchObject({
      dueOn: dayFromToday(20),
      originalDueOn: dayFromToday(-10),
      version: 3,
    });
  });

  it('reassigns to an active member of staff only', async () => {
    const { org, staff, manager, viewer } = await createOrganizationWithMembers(t.db);
    const former = await createMember(t.db, org.id, { active: false });
    const elsewhere = await createOrganizationWithMembers(t.db);
    const followUp = await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: staff.membershipId,
      dueOn: dayFromToday(1),
    });
    signInAs(staff);
    for (const who of [viewer.membershipId, former.membershipId, elsewhere.staff.membershipId, 'nobody']) {
      expect(
        await reassignFollowUp(
          null,
          form({ followUpId: followUp.id, version: 1, assigneeMembershipId: who }),
        ),
      ).toMatchObject({ ok: false, fieldErrors: { assigneeMembershipId: [expect.any(String)] } });
    }
    expect(
      await reassignFollowUp(
        null,
        form({ followUpId: followUp.id, version: 1, assigneeMembershipId: manager.membershipId }),
      ),
    ).toMatchObject({ ok: true, data: { assigneeName: manager.name } });
    expect(await row(followUp.id)).toMatchObject({ assigneeMembershipId: manager.membershipId });
  });

  it('lets staff act only on their own or their partners’; managers on anyone’s; viewers on none', async () => {
    const { org, staff, manager, viewer } = await createOrganizationWithMembers(t.db);
    const colleague = await createMember(t.db, org.id);
    const theirs = await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: colleague.membershipId,
      dueOn: dayFromToday(1),
    });
    signInAs(staff);
    expect(await completeFollowUp(null, form({ followUpId: theirs.id, version: 1 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only the person it is assigned to'),
    });
    signInAs(viewer);
    expect(await completeFollowUp(null, form({ followUpId: theirs.id, version: 1 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only staff'),
    });
    expect(await row(theirs.id)).toMatchObject({ status: 'open', version: 1 });
    signInAs(manager);
    expect(await completeFollowUp(null, form({ followUpId: theirs.id, version: 1 }))).toMatchObject({
      ok: true,
    });
  });
});
