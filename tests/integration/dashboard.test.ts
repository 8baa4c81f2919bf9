import { beforeAll, describe, expect, it } from 'vitest';
import { interactionKinds, relationshipStages } from '@/db/schema/vocabulary';
import { presetPeriod } from '@/lib/dashboard/filters';
import { coverageMatrix, pivotMonths } from '@/lib/dashboard/shape';
import { createOrganizationWithMembers } from '../factories';
import { useTestDatabase } from '../support/database';
import {
  buildScenario,
  emptyFilterForTests,
  loadFor,
  now,
  type Scenario,
  setCadence,
} from './dashboard-scenario';

const t = useTestDatabase();

let s: Scenario;

beforeAll(async () => {
  s = await buildScenario(t.db);
});

const year = presetPeriod('12m', '2026-11-28');

describe('the headline numbers', () => {
  it('count active partners, strong ones, new ones, completed interviews and overdue follow-ups', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    expect(data.headline).toEqual({
      organizationPartners: 6,
      partners: 6,
      strong: 2,
      newInPeriod: 3,
      interviews: 3,
      overdueFollowUps: 2,
    });
  });

  it('follow the branch filter: a branch manager sees her branch', async () => {
    const data = await loadFor(t.db, s.a.manager, { branch: s.a.central.id }, year);
    expect(data.headline).toMatchObject({
      partners: 3,
      strong: 2,
      newInPeriod: 1,
      interviews: 1,
      overdueFollowUps: 1,
    });
  });

  it('follow the owner filter', async () => {
    const data = await loadFor(t.db, s.a.manager, { owner: s.a.staff.membershipId }, year);
    expect(data.headline).toMatchObject({
      partners: 2,
      strong: 1,
      newInPeriod: 2,
      interviews: 2,
      overdueFollowUps: 1,
    });
  });

  it('count partners with no primary branch, and leave out records with no partner then', async () => {
    const data = await loadFor(t.db, s.a.manager, { branch: 'none' }, year);
    expect(data.headline).toMatchObject({
      partners: 1,
      strong: 0,
      newInPeriod: 1,
      interviews: 0,
      overdueFollowUps: 0,
    });
  });

  it('follow the period: only what happened between its first and last day', async () => {
    const june = { from: '2026-06-01', to: '2026-06-30' };
    const data = await loadFor(t.db, s.a.manager, {}, june);
    expect(data.headline).toMatchObject({ partners: 6, newInPeriod: 0, interviews: 0, overdueFollowUps: 2 });
    const march = await loadFor(t.db, s.a.manager, {}, { from: '2026-03-10', to: '2026-03-10' });
    expect(march.headline.newInPeriod).toBe(1);
  });
});

describe('the stage funnel', () => {
  it('lists every stage in path order with today’s count, archived partners left out', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    expect(data.funnel.map((row) => [row.stage, row.partners])).toEqual([
      ['identified', 1],
      ['reached_out', 1],
      ['connected', 1],
      ['collaborating', 1],
      ['sustained', 1],
      ['paused', 0],
      ['ended', 1],
    ]);
  });
});

describe('stage movements per month', () => {
  it('counts moves into each stage per month over the period, empty months included', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    const months = pivotMonths(data['stage-movements'], relationshipStages);
    expect(months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const moved = months.filter((m) => m.total > 0).map((m) => [m.month, m.counts]);
    expect(moved).toEqual([
      ['2026-03', expect.objectContaining({ identified: 1, connected: 0 })],
      ['2026-04', expect.objectContaining({ connected: 1 })],
      ['2026-06', expect.objectContaining({ collaborating: 1 })],
      ['2026-10', expect.objectContaining({ identified: 1 })],
    ]);
    expect(months.reduce((sum, m) => sum + m.total, 0)).toBe(4);
  });

  it('follows the branch filter', async () => {
    const data = await loadFor(t.db, s.a.manager, { branch: s.a.riverside.id }, year);
    const months = pivotMonths(data['stage-movements'], relationshipStages);
    expect(months.filter((m) => m.total > 0).map((m) => m.month)).toEqual(['2026-10']);
  });
});

describe('coverage of asset categories against ages served', () => {
  it('counts each partner in every age it serves, for all branches and for each', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    const all = coverageMatrix(data.coverage.cells);
    expect(all.counts.institution).toMatchObject({ children: 1, teens: 2, adults: 0 });
    expect(all.counts.association.adults).toBe(1);
    expect(all.counts.physical_space.families).toBe(1);
    expect(all.noAges).toMatchObject({ individual: 1, local_economy: 1, institution: 0 });
    expect(all.emptyCells).toBe(36 - 4);

    const central = coverageMatrix(data.coverage.cells, s.a.central.id);
    expect(central.counts.institution).toMatchObject({ children: 1, teens: 2 });
    expect(central.counts.physical_space.families).toBe(0);
    const riverside = coverageMatrix(data.coverage.cells, s.a.riverside.id);
    // The archived partner at Riverside served teens: not counted.
    expect(riverside.counts.institution.teens).toBe(0);
    expect(riverside.counts.physical_space.families).toBe(1);
    expect(riverside.emptyCells).toBe(35);
    expect(coverageMatrix(data.coverage.cells, null).noAges.individual).toBe(1);
    expect(data.coverage.branches.map((b) => b.name)).toEqual([
      'Alder Central',
      'Alder Empty',
      'Alder Riverside',
    ]);
  });
});

describe('partners per branch', () => {
  it('lists every branch, most partners first, then those with no primary branch', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    expect(data.branches).toEqual([
      { branchId: s.a.central.id, branchName: 'Alder Central', partners: 3, strong: 2 },
      { branchId: s.a.riverside.id, branchName: 'Alder Riverside', partners: 2, strong: 0 },
      { branchId: s.a.empty.id, branchName: 'Alder Empty', partners: 0, strong: 0 },
      { branchId: null, branchName: null, partners: 1, strong: 0 },
    ]);
  });

  it('shows only the chosen branch, and an empty branch with zero', async () => {
    const data = await loadFor(t.db, s.a.manager, { branch: s.a.empty.id }, year);
    expect(data.branches).toEqual([
      { branchId: s.a.empty.id, branchName: 'Alder Empty', partners: 0, strong: 0 },
    ]);
  });
});

describe('interactions per month', () => {
  it('counts interactions by the month they happened, by kind', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    const months = pivotMonths(data.interactions, interactionKinds);
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.total > 0).map((m) => [m.month, m.total])).toEqual([
      ['2026-01', 1],
      ['2026-04', 1],
      ['2026-06', 1],
      ['2026-09', 1],
      ['2026-11', 1],
    ]);
    expect(months.find((m) => m.month === '2026-06')?.counts.call).toBe(1);
  });

  it('follows the branch filter and the period', async () => {
    const central = await loadFor(t.db, s.a.manager, { branch: s.a.central.id }, year);
    expect(pivotMonths(central.interactions, interactionKinds).reduce((n, m) => n + m.total, 0)).toBe(3);
    const june = await loadFor(t.db, s.a.manager, {}, { from: '2026-06-01', to: '2026-06-30' });
    expect(pivotMonths(june.interactions, interactionKinds)).toEqual([
      expect.objectContaining({ month: '2026-06', total: 1 }),
    ]);
  });
});

describe('the going-cold list', () => {
  it('lists cold and cooling partners, longest without contact first, never ended ones', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    expect(data['going-cold'].partners.map((p) => [p.name, p.health, p.lastInteractionAt])).toEqual([
      ['Alder Book Club', 'cold', '2026-01-10'],
      ['Alder Elementary', 'cold', '2026-06-20'],
      ['Alder Market', 'cooling', '2026-09-15'],
    ]);
    expect(data['going-cold'].counts).toEqual({ cold: 2, cooling: 1, none: 1 });
    // Partners, not people: nothing about who looks after them.
    expect(JSON.stringify(data['going-cold'])).not.toContain(s.a.staff.name);
  });

  it('follows the branch filter', async () => {
    const data = await loadFor(t.db, s.a.manager, { branch: s.a.riverside.id }, year);
    expect(data['going-cold'].partners.map((p) => p.name)).toEqual(['Alder Market']);
  });

  it('follows the organization’s cadence', async () => {
    await setCadence(t.db, s.a.org.id, 300);
    try {
      const data = await loadFor(t.db, s.a.manager, {}, year);
      expect(data['going-cold'].partners.map((p) => [p.name, p.health])).toEqual([
        ['Alder Book Club', 'cold'],
        ['Alder Elementary', 'cooling'],
      ]);
    } finally {
      await setCadence(t.db, s.a.org.id, 90);
    }
  });
});

describe('top interview themes', () => {
  it('counts completed interviews in the period per theme, spellings that differ in case as one', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    expect(data.themes).toEqual([
      { theme: 'Youth jobs', interviews: 3 },
      { theme: 'Housing', interviews: 1 },
      { theme: 'transport', interviews: 1 },
    ]);
    const riverside = await loadFor(t.db, s.a.manager, { branch: s.a.riverside.id }, year);
    expect(riverside.themes).toEqual([{ theme: 'Youth jobs', interviews: 1 }]);
  });
});

describe('staff activity', () => {
  it('counts interactions and interviews per member in the period, and their overdue follow-ups', async () => {
    const data = await loadFor(t.db, s.a.manager, {}, year);
    const rows = data['staff-activity']!.map((r) => [
      r.name,
      r.interactions,
      r.interviews,
      r.overdueFollowUps,
    ]);
    expect(rows.slice(0, 4)).toEqual([
      ['Sam Liaison', 2, 2, 0],
      [s.a.staff.name, 3, 1, 1],
      [s.a.manager.name, 1, 1, 1],
      ['Dee Former', 1, 0, 0],
    ]);
    // Active members with nothing yet are listed; a deactivated one with nothing is not.
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining([s.a.admin.name, s.a.viewer.name]));
    expect(rows.map((r) => r[0])).not.toContain('Gone Quiet');
    expect(data['staff-activity']!.find((r) => r.name === 'Dee Former')?.active).toBe(false);
  });

  it('is not loaded for staff or viewers', async () => {
    expect((await loadFor(t.db, s.a.staff, {}, year))['staff-activity']).toBeNull();
    expect((await loadFor(t.db, s.a.viewer, {}, year))['staff-activity']).toBeNull();
    expect((await loadFor(t.db, s.a.admin, {}, year))['staff-activity']).not.toBeNull();
  });
});

describe('another organization', () => {
  it('is never counted, even when its branch or owner is named in the filter', async () => {
    const mine = await loadFor(t.db, s.a.manager, {}, year);
    expect(mine.headline.partners).toBe(6);
    const theirs = await loadFor(t.db, s.a.manager, { branch: s.b.branch.id }, year);
    expect(theirs.headline).toMatchObject({
      partners: 0,
      interviews: 0,
      overdueFollowUps: 0,
      newInPeriod: 0,
    });
    expect(theirs.branches).toEqual([]);
    expect(theirs.themes).toEqual([]);
    const owner = await loadFor(t.db, s.a.manager, { owner: s.b.org.staff.membershipId }, year);
    expect(owner.headline.partners).toBe(0);
    expect(owner['staff-activity']!.map((r) => r.name)).not.toContain(s.b.org.staff.name);
    const text = JSON.stringify(mine);
    for (const secret of ['Birch', s.b.org.staff.name, 'Secret theme']) expect(text).not.toContain(secret);
  });

  it('sees only its own numbers', async () => {
    const data = await loadFor(t.db, s.b.org.admin, {}, year);
    expect(data.headline).toMatchObject({ partners: 1, interviews: 1, overdueFollowUps: 1 });
    expect(data.themes).toEqual([
      { theme: 'Secret theme', interviews: 1 },
      { theme: 'Youth jobs', interviews: 1 },
    ]);
  });
});

describe('a brand-new organization', () => {
  it('gets zeros and empty months, not errors', async () => {
    const fresh = await createOrganizationWithMembers(t.db, 'Fresh Library');
    const data = await loadFor(t.db, fresh.manager, emptyFilterForTests, year);
    expect(data.headline).toEqual({
      organizationPartners: 0,
      partners: 0,
      strong: 0,
      newInPeriod: 0,
      interviews: 0,
      overdueFollowUps: 0,
    });
    expect(data.funnel.every((row) => row.partners === 0)).toBe(true);
    expect(pivotMonths(data.interactions, interactionKinds)).toHaveLength(12);
    expect(data.branches).toEqual([]);
    expect(data['going-cold']).toEqual({ partners: [], counts: { cold: 0, cooling: 0, none: 0 } });
    expect(data.themes).toEqual([]);
    expect(coverageMatrix(data.coverage.cells).emptyCells).toBe(36);
    expect(now.toISOString()).toBe('2026-11-28T12:00:00.000Z');
  });
});
