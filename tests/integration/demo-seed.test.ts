import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { interactions, interviews, organizations, partners, referrals } from '@/db/schema';
import { holdsDemo, seedDemo } from '@/db/seed/demo';
import { demoOrganization } from '@/db/seed/demo-data';
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
});
