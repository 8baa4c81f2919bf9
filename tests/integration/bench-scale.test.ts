import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, partners } from '@/db/schema';
import { parseDashboardFilter, resolvePeriod } from '@/lib/dashboard/filters';
import { loadDashboard } from '@/lib/dashboard/load';
import { today } from '@/lib/dates';
import { mapPartnersJson } from '@/lib/map/queries';
import { parsePartnerFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import { listFollowUps } from '@/lib/relationships/follow-up-queries';
import { partnerTimeline } from '@/lib/relationships/queries';
import { recording, scansOf } from '@/scripts/bench/explain';
import { type Generated, generateOrganization } from '@/scripts/bench/generate';
import { useTestDatabase } from '../support/database';

/**
 * The benchmark's fixes, held without timing anything: at generated scale, a library system hosted
 * beside a much larger one reads its own rows through indexes (never a scan of every organization's
 * table), and the map's data stays within its byte budget.
 */
const t = useTestDatabase();
let large: Generated;
let small: Generated;

beforeAll(async () => {
  large = await generateOrganization(t.db, {
    partners: 1500,
    interactionsPerPartner: 6,
    tag: 'large',
    seed: 1,
  });
  small = await generateOrganization(t.db, {
    partners: 40,
    interactionsPerPartner: 6,
    tag: 'small',
    seed: 2,
  });
}, 120_000);

async function adminCtx(generated: Generated) {
  const [m] = await t.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.orgId, generated.orgId))
    .limit(1);
  return { orgId: generated.orgId, role: 'admin' as const, userId: '', membershipId: m!.id, timeZone: 'UTC' };
}

const wholeTables = [
  'partners',
  'interactions',
  'interaction_participants',
  'stage_changes',
  'follow_ups',
  'contacts',
  'interviews',
];

describe('query plans at generated scale', () => {
  it("a small organization's map, list, partner page, follow-ups and dashboard never scan the large one's rows", async () => {
    const rec = recording(t.handle);
    const ctx = await adminCtx(small);
    const [partner] = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.orgId, small.orgId))
      .limit(1);
    await mapPartnersJson(rec.db, ctx, parsePartnerFilter({}));
    await listPartners(rec.db, ctx, parsePartnerFilter({ stage: 'connected' }));
    await listPartners(rec.db, ctx, parsePartnerFilter({ sector: 'youth_serving' }));
    await partnerTimeline(rec.db, ctx, partner!.id);
    await listFollowUps(rec.db, ctx, { scope: 'everyone' });
    const filter = parseDashboardFilter({});
    const now = new Date();
    await loadDashboard(rec.db, ctx, filter, resolvePeriod(filter, today(ctx.timeZone, now)).period, now);

    const plans = await scansOf(rec, rec.statements);
    const seqScans = plans.flatMap((p) =>
      p.scans
        .filter((s) => s.node === 'Seq Scan' && wholeTables.includes(s.relation ?? ''))
        .map((s) => `${s.relation}: ${p.statement.slice(0, 160)}`),
    );
    expect(seqScans).toEqual([]);
    expect(plans.length).toBeGreaterThan(10);
  });
});

describe('the map data at generated scale', () => {
  it('stays within its budget of bytes a partner', async () => {
    const ctx = await adminCtx(large);
    const json = await mapPartnersJson(t.db, ctx, parsePartnerFilter({}));
    const payload = JSON.parse(json) as { partners: unknown[][]; hidden: unknown[][]; unplaced: unknown[][] };
    const listed = payload.partners.length + payload.hidden.length + payload.unplaced.length;
    expect(listed).toBe(1500);
    const bytes = Buffer.byteLength(json);
    // The names are the partners' own; everything else is the format's cost (decision 0006: about 90 bytes).
    const names = [...payload.partners, ...payload.hidden, ...payload.unplaced].reduce(
      (sum, row) => sum + Buffer.byteLength(JSON.stringify(row[1])),
      0,
    );
    expect((bytes - names) / listed).toBeLessThan(75);
    expect(bytes / listed).toBeLessThan(120);
  });
});
