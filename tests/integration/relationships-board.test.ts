import { afterEach, describe, expect, it } from 'vitest';
import { emptyFilter } from '@/lib/partners/filters';
import { boardColumnCap, boardColumns } from '@/lib/relationships/board';
import { createOrganizationWithMembers, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

describe('the board', () => {
  it('has a column per stage with its count, the first cards by name, and the rest on request', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    const other = await createOrganizationWithMembers(t.db);
    await makePartner(t.db, other.org.id, { name: 'Elsewhere', stage: 'connected' });
    for (let i = 0; i < boardColumnCap + 5; i++) {
      await makePartner(t.db, org.id, { name: `Club ${String(i).padStart(3, '0')}`, stage: 'connected' });
    }
    await makePartner(t.db, org.id, {
      name: 'Zeta Garden',
      stage: 'sustained',
      lastInteractionAt: new Date(),
    });
    await makePartner(t.db, org.id, { name: 'Archived', stage: 'sustained', archivedAt: new Date() });
    const columns = await boardColumns(t.db, { orgId: org.id, role: 'staff' }, emptyFilter);
    expect(columns.map((c) => [c.stage, c.total])).toEqual([
      ['identified', 0],
      ['reached_out', 0],
      ['connected', boardColumnCap + 5],
      ['collaborating', 0],
      ['sustained', 1],
      ['paused', 0],
      ['ended', 0],
    ]);
    const connected = columns.find((c) => c.stage === 'connected')!;
    expect(connected.partners).toHaveLength(boardColumnCap);
    expect(connected.partners[0]!.name).toBe('Club 000');
    const opened = await boardColumns(t.db, { orgId: org.id, role: 'staff' }, emptyFilter, {
      expanded: ['connected'],
    });
    expect(opened.find((c) => c.stage === 'connected')!.partners).toHaveLength(boardColumnCap + 5);
  });

  it('uses the shared filter: only the stages asked for, and health among the rest', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    await makePartner(t.db, org.id, { name: 'Warm', stage: 'collaborating', lastInteractionAt: new Date() });
    await makePartner(t.db, org.id, { name: 'Quiet', stage: 'collaborating' });
    await makePartner(t.db, org.id, { name: 'Early', stage: 'identified' });
    const columns = await boardColumns(
      t.db,
      { orgId: org.id, role: 'staff', healthCadenceDays: 90 },
      { ...emptyFilter, stages: ['collaborating', 'identified'], health: ['none'] },
    );
    expect(columns.map((c) => [c.stage, c.partners.map((p) => p.name)])).toEqual([
      ['identified', ['Early']],
      ['collaborating', ['Quiet']],
    ]);
  });
});
