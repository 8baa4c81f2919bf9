import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/map/route';
import { GET as exportPartners } from '@/app/api/partners/export/route';
import { organizations, partners } from '@/db/schema';
import { today as todayIn } from '@/lib/dates';
import { decodeMapPayload, readMapPayload } from '@/lib/map/payload';
import { updateOrganizationSettings } from '@/lib/organization/actions';
import { partnerFilterWhere } from '@/lib/partners/filter-sql';
import { emptyFilter, parsePartnerFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import {
  type HealthLevel,
  healthCondition,
  healthExpression,
  healthLevels,
  healthOf,
} from '@/lib/relationships/health';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

const now = new Date('2026-06-15T12:00:00Z');
const day = 86_400_000;

describe('health in SQL agrees with health in TypeScript', () => {
  // Kiritimati (UTC+14) is already on 16 June at `now`: its days since are one more than UTC's.
  it.each([
    [90, 'UTC'],
    [30, 'UTC'],
    [7, 'Pacific/Kiritimati'],
    [365, 'UTC'],
    [90, 'Pacific/Kiritimati'],
  ])('at every boundary, for a cadence of %i days, in %s', async (cadence, timeZone) => {
    const { org } = await createOrganizationWithMembers(t.db);
    await t.db.update(organizations).set({ timeZone }).where(eq(organizations.id, org.id));
    const today = todayIn(timeZone, now);
    const half = Math.floor(cadence / 2);
    // Either side of each threshold, to the second, and none at all.
    const offsets = [0, half, half + 1, cadence, cadence + 1].flatMap((days) => [
      days * day - 1000,
      days * day,
      days * day + 1000,
    ]);
    offsets.push(400 * day);
    const made = [
      ...(await Promise.all(
        offsets.map((offset, index) =>
          makePartner(t.db, org.id, {
            name: `P${index}`,
            lastInteractionAt: new Date(now.getTime() - offset),
          }),
        ),
      )),
      await makePartner(t.db, org.id, { name: 'Never', lastInteractionAt: null }),
    ];
    const ids = made.map((p) => p.id);
    const rows = await t.db
      .select({
        id: partners.id,
        last: partners.lastInteractionAt,
        level: healthExpression(partners.lastInteractionAt, cadence, today),
      })
      .from(partners)
      .where(inArray(partners.id, ids));
    for (const row of rows)
      expect(row.level, `${row.last?.toISOString()}`).toBe(healthOf(row.last, cadence, today));
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(healthLevels));
    for (const level of healthLevels) {
      const expected = rows
        .filter((r) => r.level === level)
        .map((r) => r.id)
        .sort();
      await t.db
        .update(organizations)
        .set({ healthCadenceDays: cadence })
        .where(eq(organizations.id, org.id));
      // The cadence and zone given, or read from the organization in the same statement.
      for (const where of [
        healthCondition(partners.lastInteractionAt, [level], cadence, today),
        partnerFilterWhere({ orgId: org.id, role: 'admin' }, { ...emptyFilter, health: [level] }, now),
        partnerFilterWhere(
          { orgId: org.id, role: 'admin', healthCadenceDays: cadence, timeZone },
          { ...emptyFilter, health: [level] },
          now,
        ),
      ]) {
        const found = await t.db.select({ id: partners.id }).from(partners).where(where);
        expect(
          found
            .map((r) => r.id)
            .filter((id) => ids.includes(id))
            .sort(),
          `${level}`,
        ).toEqual(expected);
      }
    }
  });
});

describe('the health filter and column', () => {
  async function setUp() {
    const org = await createOrganizationWithMembers(t.db);
    const at = (days: number | null) => (days === null ? null : new Date(Date.now() - days * day));
    await makePartner(t.db, org.org.id, { name: 'Warm Club', lastInteractionAt: at(3) });
    await makePartner(t.db, org.org.id, {
      name: 'Cooling Club',
      lastInteractionAt: at(60),
      latitude: 47.9,
      longitude: -122.2,
    });
    await makePartner(t.db, org.org.id, {
      name: 'Cold Club',
      lastInteractionAt: at(120),
      latitude: 47.91,
      longitude: -122.21,
    });
    await makePartner(t.db, org.org.id, { name: 'New Club', lastInteractionAt: null });
    return org;
  }
  const names = async (orgId: string, health: HealthLevel[], cadence?: number) =>
    (
      await listPartners(
        t.db,
        { orgId, role: 'staff', ...(cadence ? { healthCadenceDays: cadence } : {}) },
        { ...emptyFilter, health },
      )
    ).rows.map((r) => r.name);

  it('narrows the list, the map and the export by health, from the address bar', async () => {
    const org = await setUp();
    expect(parsePartnerFilter(new URLSearchParams('health=cold&health=none&health=bogus')).health).toEqual([
      'cold',
      'none',
    ]);
    expect(await names(org.org.id, ['warm'])).toEqual(['Warm Club']);
    expect(await names(org.org.id, ['cold', 'none'], 90)).toEqual(['Cold Club', 'New Club']);
    signInAs(org.staff);
    const response = await GET(new Request('http://localhost/api/map?health=cooling&health=cold'), {
      params: Promise.resolve({}),
    });
    const data = decodeMapPayload(await readMapPayload(response));
    expect(data.points.map((p) => p.name)).toEqual(['Cold Club', 'Cooling Club']);
    const csv = await (
      await exportPartners(new Request('http://localhost/api/partners/export?format=csv&health=warm'), {
        params: Promise.resolve({}),
      })
    ).text();
    expect(csv).toContain('Warm Club');
    expect(csv).not.toContain('Cold Club');
  });

  it('follows the organization’s cadence, which an admin sets between 7 and 365 days', async () => {
    const org = await setUp();
    signInAs(org.admin);
    const settings = {
      name: org.org.name,
      mapCenterLat: '47.6',
      mapCenterLng: '-122.3',
      mapZoom: '10',
      version: '1',
    };
    for (const bad of ['6', '366', '30.5', 'often']) {
      expect(
        await updateOrganizationSettings(null, form({ ...settings, healthCadenceDays: bad })),
      ).toMatchObject({
        ok: false,
        fieldErrors: { healthCadenceDays: ['Enter a whole number of days from 7 to 365.'] },
      });
    }
    await expectRedirect(() =>
      updateOrganizationSettings(null, form({ ...settings, healthCadenceDays: '200' })),
    );
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, org.org.id));
    expect(row!.healthCadenceDays).toBe(200);
    // 120 days is now cooling, and 60 warm.
    expect(await names(org.org.id, ['cooling'])).toEqual(['Cold Club']);
    expect(await names(org.org.id, ['warm'], 200)).toEqual(['Cooling Club', 'Warm Club']);
    // A form that leaves the cadence out keeps it.
    await expectRedirect(() =>
      updateOrganizationSettings(null, form({ ...settings, version: '2', name: 'Renamed' })),
    );
    const [again] = await t.db.select().from(organizations).where(eq(organizations.id, org.org.id));
    expect(again!.healthCadenceDays).toBe(200);
    signInAs(org.manager);
    expect(
      await updateOrganizationSettings(null, form({ ...settings, version: '3', healthCadenceDays: '30' })),
    ).toMatchObject({
      ok: false,
    });
  });

  it('is in the map popup’s summary, for the caller’s own partners only', async () => {
    const org = await setUp();
    const other = await createOrganizationWithMembers(t.db);
    const [cooling] = await t.db
      .select()
      .from(partners)
      .where(and(eq(partners.orgId, org.org.id), eq(partners.name, 'Cooling Club')));
    const summary = (id: string) =>
      GET(new Request(`http://localhost/api/map?summary=${id}`), { params: Promise.resolve({}) });
    signInAs(org.viewer);
    const body = await (await summary(cooling!.id)).json();
    expect(body.health).toEqual({ level: 'cooling', days: 60, cadenceDays: 90 });
    signInAs(other.admin);
    expect((await summary(cooling!.id)).status).toBe(404);
  });
});
