import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { followUps, interactions, partners, stageChanges } from '@/db/schema';
import type { ActionResult } from '@/lib/auth/action';
import {
  completeFollowUp,
  createFollowUp,
  reassignFollowUp,
  reopenFollowUp,
  snoozeFollowUp,
} from '@/lib/relationships/follow-up-actions';
import { listFollowUps, overdueFollowUpCount } from '@/lib/relationships/follow-up-queries';
import {
  createInteraction,
  deleteInteraction,
  updateInteraction,
} from '@/lib/relationships/interaction-actions';
import { partnerFollowUps, partnerHealth, partnerTimeline, stageHistory } from '@/lib/relationships/queries';
import { changeStage } from '@/lib/relationships/stage-actions';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { dayFromToday, makeFollowUp, makeInteraction } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

// Nothing crosses organizations: every relationship action and read is tried with another
// library's ids, by that library's most powerful role, and must change and show nothing.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let bPartner: Awaited<ReturnType<typeof makePartner>>;
let bInteraction: Awaited<ReturnType<typeof makeInteraction>>;
let bFollowUp: Awaited<ReturnType<typeof makeFollowUp>>;
let bDone: Awaited<ReturnType<typeof makeFollowUp>>;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  bPartner = await makePartner(t.db, b.org.id, { name: 'Birch Garden', stage: 'connected' });
  bInteraction = await makeInteraction(t.db, b.org.id, bPartner.id, {
    occurredOn: dayFromToday(-5),
    note: 'Birch secret note',
    participants: [b.staff.membershipId],
  });
  bFollowUp = await makeFollowUp(t.db, b.org.id, {
    partnerId: bPartner.id,
    assigneeMembershipId: b.staff.membershipId,
    dueOn: dayFromToday(-2),
    description: 'Birch secret task',
  });
  bDone = await makeFollowUp(t.db, b.org.id, {
    assigneeMembershipId: b.staff.membershipId,
    dueOn: dayFromToday(-2),
    status: 'done',
  });
});

async function snapshotOfB() {
  return {
    partners: await t.db.select().from(partners).where(eq(partners.orgId, b.org.id)),
    interactions: await t.db.select().from(interactions).where(eq(interactions.orgId, b.org.id)),
    followUps: await t.db.select().from(followUps).where(eq(followUps.orgId, b.org.id)).orderBy(followUps.id),
    stages: await t.db.select().from(stageChanges).where(eq(stageChanges.orgId, b.org.id)),
  };
}

const attempts: [string, () => Promise<ActionResult>][] = [
  [
    'change a stage',
    () => changeStage(null, form({ partnerId: bPartner.id, version: 1, toStage: 'sustained' })),
  ],
  [
    'log a contact',
    () =>
      createInteraction(null, form({ partnerId: bPartner.id, kind: 'call', occurredOn: dayFromToday(0) })),
  ],
  [
    'edit a contact',
    () =>
      updateInteraction(
        null,
        form({ interactionId: bInteraction.id, version: 1, kind: 'call', occurredOn: dayFromToday(0) }),
      ),
  ],
  ['remove a contact', () => deleteInteraction(null, form({ interactionId: bInteraction.id, version: 1 }))],
  [
    'add a follow-up',
    () =>
      createFollowUp(
        null,
        form({
          partnerId: bPartner.id,
          description: 'x',
          assigneeMembershipId: a.staff.membershipId,
          dueOn: dayFromToday(1),
        }),
      ),
  ],
  ['complete a follow-up', () => completeFollowUp(null, form({ followUpId: bFollowUp.id, version: 1 }))],
  ['reopen a follow-up', () => reopenFollowUp(null, form({ followUpId: bDone.id, version: 1 }))],
  [
    'snooze a follow-up',
    () => snoozeFollowUp(null, form({ followUpId: bFollowUp.id, version: 1, how: 'week' })),
  ],
  [
    'reassign a follow-up',
    () =>
      reassignFollowUp(
        null,
        form({ followUpId: bFollowUp.id, version: 1, assigneeMembershipId: a.staff.membershipId }),
      ),
  ],
];

describe('another library’s admin', () => {
  it.each(attempts)('cannot %s of another library, and is told it was not found', async (_what, attempt) => {
    const before = await snapshotOfB();
    signInAs(a.admin);
    const result = await attempt();
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/not found/);
    expect(JSON.stringify(result)).not.toContain('Birch');
    expect(await snapshotOfB()).toEqual(before);
  });

  it('reads nothing of another library through the relationship queries', async () => {
    const ctx = {
      orgId: a.org.id,
      membershipId: a.admin.membershipId,
      role: 'admin' as const,
      timeZone: 'UTC',
    };
    expect(await partnerTimeline(t.db, ctx, bPartner.id)).toEqual([]);
    expect(await stageHistory(t.db, ctx, bPartner.id)).toEqual([]);
    expect(await partnerFollowUps(t.db, ctx, bPartner.id)).toEqual({ open: [], done: [] });
    expect(await partnerHealth(t.db, ctx, bPartner.id)).toBeNull();
    const everyone = await listFollowUps(t.db, ctx, { scope: 'everyone' });
    expect([...everyone.overdue, ...everyone.thisWeek, ...everyone.later, ...everyone.done]).toEqual([]);
    const asB = await listFollowUps(t.db, ctx, { scope: 'everyone', person: b.staff.membershipId });
    expect(asB.overdue).toEqual([]);
    expect(
      await overdueFollowUpCount(t.db, {
        orgId: a.org.id,
        membershipId: b.staff.membershipId,
        timeZone: 'UTC',
      }),
    ).toBe(0);
  });

  it('cannot name another library’s staff on its own records', async () => {
    const aPartner = await makePartner(t.db, a.org.id);
    signInAs(a.admin);
    const logged = await createInteraction(
      null,
      form({
        partnerId: aPartner.id,
        kind: 'call',
        occurredOn: dayFromToday(0),
        participants: [b.staff.membershipId],
      }),
    );
    expect(logged).toMatchObject({ ok: false, fieldErrors: { participants: [expect.any(String)] } });
    const added = await createFollowUp(
      null,
      form({
        partnerId: aPartner.id,
        description: 'x',
        assigneeMembershipId: b.staff.membershipId,
        dueOn: dayFromToday(1),
      }),
    );
    expect(added).toMatchObject({ ok: false, fieldErrors: { assigneeMembershipId: [expect.any(String)] } });
  });
});

describe('a signed-out caller', () => {
  it.each(attempts)('cannot %s', async (_what, attempt) => {
    signInAs(null);
    const before = await snapshotOfB();
    expect(await attempt()).toMatchObject({ ok: false, message: expect.stringContaining('Sign in') });
    expect(await snapshotOfB()).toEqual(before);
  });
});
