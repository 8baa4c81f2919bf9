import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, partners } from '@/db/schema';
import { movePartner } from '@/lib/map/actions';
import { createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function partnerRow(id: string) {
  const [row] = await t.db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

async function moves(orgId: string, id: string) {
  return t.db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, orgId),
        eq(auditEntries.entityId, id),
        eq(auditEntries.action, 'partner.move'),
      ),
    );
}

const there = { latitude: '47.6101234', longitude: '-122.3301234' };

describe('moving a partner’s pin on the map', () => {
  it('saves the new point, raises the version and writes the audit entry', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const p = await createPartner(t.db, org.id, {
      name: 'Riverside Teen Center',
      latitude: 47.6,
      longitude: -122.3,
    });
    signInAs(staff);
    const result = await movePartner(null, form({ id: p.id, version: p.version, ...there }));
    expect(result).toEqual({
      ok: true,
      data: { id: p.id, version: p.version + 1, latitude: 47.61012, longitude: -122.33012 },
    });
    const row = await partnerRow(p.id);
    expect(row).toMatchObject({ latitude: 47.61012, longitude: -122.33012, version: p.version + 1 });
    expect(row.updatedByUserId).toBe(staff.userId);
    const entries = await moves(org.id, p.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: staff.userId,
      entityType: 'partner',
      before: { latitude: 47.6, longitude: -122.3 },
      after: { latitude: 47.61012, longitude: -122.33012 },
    });
  });

  it('refuses a move begun before someone else changed the partner, saying who', async () => {
    const { org, staff, manager } = await createOrganizationWithMembers(t.db);
    const p = await createPartner(t.db, org.id, { latitude: 47.6, longitude: -122.3 });
    await t.db
      .update(partners)
      .set({ version: p.version + 1, updatedByUserId: manager.userId, name: 'Renamed' })
      .where(eq(partners.id, p.id));
    signInAs(staff);
    const result = await movePartner(null, form({ id: p.id, version: p.version, ...there }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(manager.name);
    expect(await partnerRow(p.id)).toMatchObject({
      latitude: 47.6,
      longitude: -122.3,
      version: p.version + 1,
    });
    expect(await moves(org.id, p.id)).toHaveLength(0);
  });

  it('is not for viewers', async () => {
    const { org, viewer } = await createOrganizationWithMembers(t.db);
    const p = await createPartner(t.db, org.id, { latitude: 47.6, longitude: -122.3 });
    signInAs(viewer);
    const result = await movePartner(null, form({ id: p.id, version: p.version, ...there }));
    expect(result.ok).toBe(false);
    expect(await partnerRow(p.id)).toMatchObject({ latitude: 47.6, longitude: -122.3, version: p.version });
  });

  it('cannot reach another organization’s partner', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    const theirs = await createPartner(t.db, b.org.id, { latitude: 47.1, longitude: -122.5 });
    signInAs(a.admin);
    const result = await movePartner(null, form({ id: theirs.id, version: theirs.version, ...there }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('not found') });
    expect(await partnerRow(theirs.id)).toMatchObject({
      latitude: 47.1,
      longitude: -122.5,
      version: theirs.version,
    });
    expect(await moves(b.org.id, theirs.id)).toHaveLength(0);
    expect(await moves(a.org.id, theirs.id)).toHaveLength(0);
  });

  it('never pins an approximate or hidden location exactly', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    for (const locationPrecision of ['approximate', 'hidden'] as const) {
      const p = await createPartner(t.db, org.id, { locationPrecision, latitude: 47.6, longitude: -122.3 });
      signInAs(staff);
      const result = await movePartner(null, form({ id: p.id, version: p.version, ...there }));
      expect(result.ok).toBe(false);
      expect(await partnerRow(p.id)).toMatchObject({ latitude: 47.6, longitude: -122.3, version: p.version });
    }
  });

  it('refuses a point off the globe, beside the field', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const p = await createPartner(t.db, org.id, { latitude: 47.6, longitude: -122.3 });
    signInAs(staff);
    const result = await movePartner(
      null,
      form({ id: p.id, version: p.version, latitude: '95', longitude: '-122.3' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { latitude: [expect.any(String)] } });
  });
});
