import { and, count, eq, isNull, max, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  branches,
  contacts,
  followUps,
  interactionParticipants,
  interactions,
  interviews,
  memberships,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { generateOrganization } from '@/scripts/bench/generate';
import { washingtonTowns } from '@/scripts/bench/towns';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

type OrgTable =
  | typeof branches
  | typeof memberships
  | typeof partners
  | typeof contacts
  | typeof interactions
  | typeof interactionParticipants
  | typeof interviews
  | typeof referrals
  | typeof stageChanges
  | typeof followUps;

describe('the benchmark data generator', () => {
  it('makes the rows it reports, a year of history about twenty interactions a partner, around real towns', async () => {
    const result = await generateOrganization(t.db, { partners: 240, tag: 'test' });
    const orgId = result.orgId;
    // Every table here has an org_id; typed as one of them for the query builder.
    const counted = async (table: OrgTable) => {
      const one = table as typeof partners;
      const [row] = await t.db.select({ n: count() }).from(one).where(eq(one.orgId, orgId));
      return row!.n;
    };
    expect(await counted(partners)).toBe(240);
    expect({
      branches: await counted(branches),
      memberships: await counted(memberships),
      partners: await counted(partners),
      contacts: await counted(contacts),
      interactions: await counted(interactions),
      interactionParticipants: await counted(interactionParticipants),
      interviews: await counted(interviews),
      referrals: await counted(referrals),
      stageChanges: await counted(stageChanges),
      followUps: await counted(followUps),
    }).toEqual(result.counts);

    // About twenty interactions a partner, all within the last year.
    expect(result.counts.interactions / 240).toBeGreaterThan(15);
    expect(result.counts.interactions / 240).toBeLessThan(25);
    const [span] = await t.db
      .select({ oldest: sql<string>`min(${interactions.occurredOn})::text` })
      .from(interactions)
      .where(eq(interactions.orgId, orgId));
    expect(new Date(span!.oldest).getTime()).toBeGreaterThan(Date.now() - 367 * 86_400_000);

    // Each partner's last contact is its latest interaction, and its stage is where its history ends.
    const mismatched = await t.db
      .select({ id: partners.id })
      .from(partners)
      .leftJoin(interactions, eq(interactions.partnerId, partners.id))
      .where(eq(partners.orgId, orgId))
      .groupBy(partners.id, partners.lastInteractionAt)
      .having(sql`${partners.lastInteractionAt}::date is distinct from ${max(interactions.occurredOn)}`);
    expect(mismatched).toEqual([]);
    const lastMoves = await t.db.execute(sql`
      select count(*)::int as wrong from partners p
      where p.org_id = ${orgId} and p.stage is distinct from (
        select s.to_stage from stage_changes s where s.partner_id = p.id order by s.changed_at desc limit 1)`);
    // PGlite answers { rows }, postgres.js an array.
    const answer = lastMoves as unknown as { rows?: { wrong: number }[] } & { wrong: number }[];
    const wrong = answer.rows ?? answer;
    expect(wrong[0]!.wrong).toBe(0);

    // Clustered around towns: every placed partner is within 60 km of one of them.
    const placed = await t.db
      .select({ lat: partners.latitude, lng: partners.longitude })
      .from(partners)
      .where(and(eq(partners.orgId, orgId), sql`${partners.latitude} is not null`));
    const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
      Math.hypot((a.lat - b.lat) * 111, (a.lng - b.lng) * 111 * Math.cos((a.lat * Math.PI) / 180));
    for (const p of placed) {
      const nearest = Math.min(...washingtonTowns.map((town) => km({ lat: p.lat!, lng: p.lng! }, town)));
      expect(nearest).toBeLessThan(60);
    }
    // None archived: every generated partner is on the map and in the list.
    const [active] = await t.db
      .select({ n: count() })
      .from(partners)
      .where(and(eq(partners.orgId, orgId), isNull(partners.archivedAt)));
    expect(active!.n).toBe(240);
  });
});
