import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { areas, branches, interactions, interviews, organizations, partners, referrals } from '@/db/schema';
import { holdsDemo, seedDemo } from '@/db/seed/demo';
import { demoOrganization } from '@/db/seed/demo-data';
import { areaGaps } from '@/lib/areas/coverage';
import { describeArea } from '@/lib/areas/describe';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

describe('the demo library system', () => {
  it('loads partners, a dozen completed interviews with referrals and follow-ups, and a few drafts', async () => {
    await seedDemo(t.db);
    expect(await holdsDemo(t.db)).toBe(true);
    const [org] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, demoOrganization.name));
    const all = await t.db.select().from(interviews).where(eq(interviews.orgId, org!.id));
    const completed = all.filter((i) => i.status === 'complete');
    expect(completed).toHaveLength(12);
    expect(all.filter((i) => i.status === 'draft').length).toBeGreaterThanOrEqual(3);
    expect(
      (await t.db.select().from(referrals).where(eq(referrals.orgId, org!.id))).length,
    ).toBeGreaterThanOrEqual(10);
    // Each completed interview is an interaction with its partner, as completing one in the app makes it.
    const logged = await t.db.select().from(interactions).where(eq(interactions.kind, 'interview'));
    expect(new Set(logged.map((i) => i.interviewId))).toEqual(new Set(completed.map((i) => i.id)));
    // Without consent to keep notes, no answers are kept.
    for (const interview of all) if (!interview.consentNotes) expect(interview.answers).toEqual({});
    const unplaced = await t.db
      .select()
      .from(partners)
      .where(and(eq(partners.orgId, org!.id), isNull(partners.latitude)));
    expect(unplaced.length).toBeLessThan(10);
  });

  it('gives each of the three branches a service area with partners in it, and names what each lacks', async () => {
    const [org] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, demoOrganization.name));
    const gaps = await areaGaps(t.db, { orgId: org!.id, role: 'admin' });
    expect(gaps.set?.name).toBe('Service areas');
    const branchRows = await t.db.select().from(branches).where(eq(branches.orgId, org!.id));
    const shapes = await t.db.select().from(areas).where(eq(areas.setId, gaps.set!.id));
    expect(new Set(shapes.map((a) => a.branchId))).toEqual(new Set(branchRows.map((b) => b.id)));
    for (const area of gaps.areas) expect(area.partners, area.name).toBeGreaterThan(3);
    expect(gaps.sets.map((s) => s.name)).toEqual(['Service areas', 'Everett neighbourhoods']);
    const neighbourhoods = await areaGaps(
      t.db,
      { orgId: org!.id, role: 'admin' },
      { setId: gaps.sets[1]!.id },
    );
    const casino = neighbourhoods.areas.find((a) => a.name === 'Casino Road');
    expect(describeArea(casino!)).toMatch(/^Casino Road: 2 partners; /);
  });
});
