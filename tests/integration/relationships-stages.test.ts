import { asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, partners, stageChanges } from '@/db/schema';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import { stageHistory } from '@/lib/relationships/queries';
import { changeStage } from '@/lib/relationships/stage-actions';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function partnerRow(id: string) {
  const [row] = await t.db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

async function historyRows(partnerId: string) {
  return t.db
    .select()
    .from(stageChanges)
    .where(eq(stageChanges.partnerId, partnerId))
    .orderBy(asc(stageChanges.changedAt), asc(stageChanges.id));
}

describe('changing a partner’s stage', () => {
  it('moves it and records who, when and why in its history', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { name: 'Riverside Teen Center', stage: 'reached_out' });
    signInAs(staff);
    const before = Date.now();
    const result = await changeStage(
      null,
      form({
        partnerId: partner.id,
        version: 1,
        toStage: 'connected',
        note: '  Met the director at the fair. ',
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { stage: 'connected', fromStage: 'reached_out' } });
    expect(await partnerRow(partner.id)).toMatchObject({ stage: 'connected', version: 2 });
    const [row] = await historyRows(partner.id);
    expect(row).toMatchObject({
      fromStage: 'reached_out',
      toStage: 'connected',
      note: 'Met the director at the fair.',
      changedByUserId: staff.userId,
    });
    expect(row!.changedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const shown = await stageHistory(t.db, { orgId: org.id }, partner.id);
    expect(shown[0]).toMatchObject({ toStage: 'connected', changedByName: staff.name });
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, partner.id));
    expect(audit.map((a) => a.action)).toEqual(['partner.stage']);
  });

  it('asks why when it ended, keeps the reason on the partner, and clears it when it moves on', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'collaborating' });
    signInAs(staff);
    const refused = await changeStage(null, form({ partnerId: partner.id, version: 1, toStage: 'ended' }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { endedReason: ['Say briefly why the relationship ended.'] },
    });
    expect(await historyRows(partner.id)).toEqual([]);
    await changeStage(
      null,
      form({ partnerId: partner.id, version: 1, toStage: 'ended', endedReason: 'The group disbanded.' }),
    );
    expect(await partnerRow(partner.id)).toMatchObject({
      stage: 'ended',
      endedReason: 'The group disbanded.',
    });
    await changeStage(
      null,
      form({ partnerId: partner.id, version: 2, toStage: 'reached_out', note: 'Restarted' }),
    );
    expect(await partnerRow(partner.id)).toMatchObject({ stage: 'reached_out', endedReason: '' });
    expect((await historyRows(partner.id)).map((r) => [r.fromStage, r.toStage])).toEqual([
      ['collaborating', 'ended'],
      ['ended', 'reached_out'],
    ]);
  });

  it('refuses a move from a stale page, naming who changed the partner, and a move to the same stage', async () => {
    const { org, staff, manager } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'identified' });
    signInAs(manager);
    await changeStage(null, form({ partnerId: partner.id, version: 1, toStage: 'reached_out' }));
    signInAs(staff);
    const stale = await changeStage(null, form({ partnerId: partner.id, version: 1, toStage: 'connected' }));
    expect(stale).toMatchObject({ ok: false });
    expect(stale.ok ? '' : stale.message).toContain(manager.name);
    const same = await changeStage(null, form({ partnerId: partner.id, version: 2, toStage: 'reached_out' }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { toStage: [expect.stringContaining('already')] } });
    expect(await historyRows(partner.id)).toHaveLength(1);
  });

  it('is for staff and up: a viewer is refused and nothing changes', async () => {
    const { org, viewer } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { stage: 'identified' });
    signInAs(viewer);
    const result = await changeStage(null, form({ partnerId: partner.id, version: 1, toStage: 'connected' }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Only staff') });
    expect(await partnerRow(partner.id)).toMatchObject({ stage: 'identified', version: 1 });
  });
});

describe('the stage history of partners added and edited through the forms', () => {
  it('starts with the stage a partner was added at, and adds the form’s stage changes without rewriting', async () => {
    const { staff } = await createOrganizationWithMembers(t.db);
    signInAs(staff);
    const to = await expectRedirect(() =>
      createPartner(
        null,
        form({ name: 'Scriber Creek Friends', category: 'association', stage: 'reached_out' }),
      ),
    );
    const id = /\/partners\/([0-9a-f-]{36})/.exec(to)![1]!;
    expect((await historyRows(id)).map((r) => [r.fromStage, r.toStage, r.changedByUserId])).toEqual([
      [null, 'reached_out', staff.userId],
    ]);
    const first = (await historyRows(id))[0]!;
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id,
          version: 1,
          name: 'Scriber Creek Friends',
          category: 'association',
          stage: 'ended',
          endedReason: 'They disbanded.',
        }),
      ),
    );
    const rows = await historyRows(id);
    expect(rows.map((r) => [r.fromStage, r.toStage, r.note])).toEqual([
      [null, 'reached_out', ''],
      ['reached_out', 'ended', 'They disbanded.'],
    ]);
    // The first row is exactly as it was.
    expect(rows[0]).toEqual(first);
    // Saving other fields adds nothing.
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id,
          version: 2,
          name: 'Scriber Creek Park Friends',
          category: 'association',
          stage: 'ended',
          endedReason: 'They disbanded.',
        }),
      ),
    );
    expect(await historyRows(id)).toHaveLength(2);
  });
});
