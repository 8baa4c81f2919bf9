import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ConductInterviewPage from '@/app/(app)/interviews/[interviewId]/conduct/page';
import InterviewPage from '@/app/(app)/interviews/[interviewId]/page';
import {
  auditEntries,
  followUps,
  geocodeCache,
  type Interview,
  interviewInterviewers,
  interviews,
  organizations,
  referrals,
} from '@/db/schema';
import { rowsOf } from '@/lib/dashboard/sql';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import type { Geocoder } from '@/lib/geocoding/types';
import { purgeOrganization } from '@/lib/retention/purge';
import { runRetention } from '@/lib/retention/run';
import { createOrganizationWithMembers, signInAs } from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { useTestDatabase } from '../support/database';
import { renderToHtml } from '../support/render';

// The retention pass (decision 0017): interview answers older than each organization's own period
// are removed, drafts included, and nothing else of the interview; younger ones, and those of an
// organization that keeps answers, stay; remembered address lookups go after 30 days; one audit
// entry per organization says how many, never what.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org; // the default: three years
let b: Org; // one year
let c: Org; // keeps answers until removed

const secret = 'We keep the food pantry key under the mat';

/** The calendar day (UTC) so many months and days before today, as the database counts them. */
async function dayBefore(months: number, days = 0): Promise<string> {
  const [row] = await rowsOf<{ day: string }>(
    t.db,
    sql`select to_char(((now() at time zone 'UTC')::date - make_interval(months => ${months}, days => ${days}))::date, 'YYYY-MM-DD') as day`,
  );
  return row!.day;
}

async function interviewWithAnswers(org: Org, heldOn: string, values: Partial<Interview> = {}) {
  const { version } = await createGuide(t.db, org.org.id);
  const question = version.sections[0]!.questions[0]!.id;
  const interview = await createInterview(t.db, org.org.id, version.id, {
    heldOn,
    status: 'complete',
    consentRecordedAt: new Date(`${heldOn}T10:00:00Z`),
    consentNotes: true,
    answers: { [question]: `${secret} (${heldOn})` },
    takeaways: ['They want a homework club'],
    themes: ['Homework help'],
    ...values,
  });
  await t.db
    .insert(interviewInterviewers)
    .values({ orgId: org.org.id, interviewId: interview.id, membershipId: org.staff.membershipId });
  return interview;
}

async function reread(id: string) {
  const [row] = await t.db.select().from(interviews).where(eq(interviews.id, id));
  return row!;
}

const purges = (orgId: string) =>
  t.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, 'retention.purge')));

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  c = await createOrganizationWithMembers(t.db, 'Cedar Library');
  await t.db
    .update(organizations)
    .set({ interviewAnswersKeepMonths: 12 })
    .where(eq(organizations.id, b.org.id));
  await t.db
    .update(organizations)
    .set({ interviewAnswersKeepMonths: null })
    .where(eq(organizations.id, c.org.id));
});

describe('removing interview answers past the period', () => {
  it('removes old answers of each organization by its own period, keeps the rest, and records counts only', async () => {
    const oldA = await interviewWithAnswers(a, await dayBefore(36, 1));
    const edgeA = await interviewWithAnswers(a, await dayBefore(36));
    const youngA = await interviewWithAnswers(a, await dayBefore(24));
    const oldDraftA = await interviewWithAnswers(a, await dayBefore(60), { status: 'draft' });
    const noConsentA = await interviewWithAnswers(a, await dayBefore(48), {
      consentNotes: false,
      answers: {},
    });
    const twoYearsB = await interviewWithAnswers(b, await dayBefore(24));
    const youngB = await interviewWithAnswers(b, await dayBefore(6));
    const ancientC = await interviewWithAnswers(c, await dayBefore(120));
    const referral = await t.db
      .insert(referrals)
      .values({ orgId: a.org.id, interviewId: oldA.id, name: 'Pat from the pantry' })
      .returning();
    await t.db.insert(followUps).values({
      orgId: a.org.id,
      interviewId: oldA.id,
      description: 'Send a thank-you note',
      dueOn: await dayBefore(35),
      assigneeMembershipId: a.staff.membershipId,
    });

    const summary = await runRetention(t.db);
    expect(summary).toMatchObject({ interviewAnswers: 3, organizations: 3, failed: 0 });

    for (const removed of [oldA, oldDraftA, twoYearsB]) {
      const row = await reread(removed.id);
      expect(row.answers).toEqual({});
      expect(row.answersRemovedAt).toBeInstanceOf(Date);
      // A draft open on someone's screen cannot save the removed answers back.
      expect(row.version).toBe(removed.version + 1);
      expect(row).toMatchObject({
        takeaways: removed.takeaways,
        themes: removed.themes,
        status: removed.status,
        consentNotes: true,
      });
    }
    for (const kept of [edgeA, youngA, youngB, ancientC]) {
      const row = await reread(kept.id);
      expect(row.answers).toEqual(kept.answers);
      expect(row.answersRemovedAt).toBeNull();
    }
    // Without answers there was nothing to remove, so nothing says there was.
    expect((await reread(noConsentA.id)).answersRemovedAt).toBeNull();
    // Its referral and follow-up stay.
    expect(await t.db.select().from(referrals).where(eq(referrals.id, referral[0]!.id))).toHaveLength(1);
    expect(await t.db.select().from(followUps).where(eq(followUps.interviewId, oldA.id))).toHaveLength(1);

    const [entryA] = await purges(a.org.id);
    expect(entryA).toMatchObject({
      actorUserId: null,
      entityType: 'organization',
      entityId: a.org.id,
      after: { interviewAnswers: 2, importFiles: 0, importUploads: 0, interviewAnswersKeepMonths: 36 },
    });
    expect((await purges(b.org.id))[0]!.after).toMatchObject({
      interviewAnswers: 1,
      interviewAnswersKeepMonths: 12,
    });
    // An organization with nothing removed gets no entry; no entry holds what was said.
    expect(await purges(c.org.id)).toHaveLength(0);
    const everything = await t.db.select().from(auditEntries);
    expect(JSON.stringify(everything)).not.toContain(secret);

    // A second pass finds nothing more and writes nothing more.
    expect(await runRetention(t.db)).toMatchObject({ interviewAnswers: 0 });
    expect(await purges(a.org.id)).toHaveLength(1);
  });

  it('purges one organization at a time: another’s old answers are untouched', async () => {
    const oldA = await interviewWithAnswers(a, await dayBefore(40));
    const oldB = await interviewWithAnswers(b, await dayBefore(40));
    expect(await purgeOrganization(t.db, b.org.id, b.admin.userId)).toMatchObject({ interviewAnswers: 1 });
    expect((await reread(oldA.id)).answers).toEqual(oldA.answers);
    expect((await reread(oldB.id)).answers).toEqual({});
    const entries = await purges(b.org.id);
    expect(entries.at(-1)).toMatchObject({ actorUserId: b.admin.userId });
    expect((await reread(oldB.id)).updatedByUserId).toBe(b.admin.userId);
  });

  it('shows the interview page a retention notice in place of the answers, and the draft screen too', async () => {
    const done = await interviewWithAnswers(a, await dayBefore(50));
    const draft = await interviewWithAnswers(a, await dayBefore(50), { status: 'draft' });
    await purgeOrganization(t.db, a.org.id, null);
    signInAs(a.staff);
    const page = await renderToHtml(
      await InterviewPage({
        params: Promise.resolve({ interviewId: done.id }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(page).toContain('The answers were removed on');
    expect(page).toContain('data retention setting');
    expect(page).toContain('They want a homework club');
    expect(page).not.toContain('No answer');
    expect(page).not.toContain(secret);
    const conduct = await renderToHtml(
      await ConductInterviewPage({ params: Promise.resolve({ interviewId: draft.id }) }),
    );
    expect(conduct).toContain('The answers were removed on');
    expect(conduct).not.toContain(secret);
  });
});

describe('forgetting remembered address lookups', () => {
  const lookups: string[] = [];
  const geocoder: Geocoder = {
    kind: 'nominatim',
    async search(address) {
      lookups.push(address);
      return [
        { label: address, latitude: 47.9, longitude: -122.2, precision: 'exact', provider: 'nominatim' },
      ];
    },
  };
  const age = async (orgId: string, query: string, days: number) =>
    t.db
      .update(geocodeCache)
      .set({ createdAt: sql`now() - make_interval(days => ${days})` })
      .where(and(eq(geocodeCache.orgId, orgId), eq(geocodeCache.query, query)));

  it('deletes lookups older than 30 days, per organization, and no longer answers from them', async () => {
    await geocodeAddress(t.db, { orgId: a.org.id }, '12 Old Home Rd, Everett', { geocoder });
    await geocodeAddress(t.db, { orgId: a.org.id }, '3 Recent Way, Everett', { geocoder });
    await geocodeAddress(t.db, { orgId: b.org.id }, '12 Old Home Rd, Everett', { geocoder });
    await age(a.org.id, '12 old home rd, everett', 31);
    await age(a.org.id, '3 recent way, everett', 29);
    await age(b.org.id, '12 old home rd, everett', 31);

    // A young lookup is answered from memory; one past its lifetime is asked again (and so renewed).
    lookups.length = 0;
    await geocodeAddress(t.db, { orgId: a.org.id }, '3 Recent Way, Everett', { geocoder });
    expect(lookups).toEqual([]);
    await geocodeAddress(t.db, { orgId: a.org.id }, '12 Old Home Rd, Everett', { geocoder });
    expect(lookups).toEqual(['12 Old Home Rd, Everett']);
    await age(a.org.id, '12 old home rd, everett', 31);

    expect(await purgeOrganization(t.db, a.org.id, null)).toMatchObject({ geocodeLookups: 1 });
    const left = await t.db
      .select({ orgId: geocodeCache.orgId, query: geocodeCache.query })
      .from(geocodeCache)
      .where(inArray(geocodeCache.orgId, [a.org.id, b.org.id]));
    expect(left).toEqual(
      expect.arrayContaining([
        { orgId: a.org.id, query: '3 recent way, everett' },
        { orgId: b.org.id, query: '12 old home rd, everett' },
      ]),
    );
    expect(left).toHaveLength(2);
    expect((await purges(a.org.id)).at(-1)!.after).toMatchObject({ geocodeLookups: 1, interviewAnswers: 0 });
    expect(JSON.stringify(await purges(a.org.id))).not.toContain('old home');
  });
});
