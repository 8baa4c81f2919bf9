import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importJobs, interviews, organizations } from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { purgeOrganization } from '@/lib/retention/purge';
import { signInAs } from '../factories';
import {
  answerText,
  approximateArea,
  createPrivacyOrganization,
  draftInterviewee,
  type PrivacyOrganization,
  placeSecrets,
  referred,
  suggester,
  unnamedInterviewee,
} from '../factories/privacy';
import { useTestDatabase } from '../support/database';
import {
  everythingReadBy,
  expectAbsent,
  InterviewPage,
  mapRoute,
  NewPartnerPage,
  none,
  PartnersPage,
  page,
  ReferralsPage,
  route,
} from '../support/read-everything';

// PRODUCT.md's privacy promises, one test each, named after the promise. Each reads everything a
// role can read (every page that shows records, every route, export and CSV) and searches it for
// values marked private: a leak anywhere fails the promise it breaks. Decision 0014. Forgetting has
// its own file (privacy-forgetting.test.ts).

const t = useTestDatabase();
afterEach(() => signInAs(null));

let org: PrivacyOrganization;
const roles = ['viewer', 'staff', 'manager', 'admin'] as const;

const read: Partial<Record<MemberRole, string>> = {};

function expectNoneOf(role: MemberRole, values: string[]) {
  expectAbsent(read[role]!, values, `a ${role}`);
}

beforeAll(async () => {
  org = await createPrivacyOrganization(t.db, 'Alder Library');
  for (const role of roles) read[role] = await everythingReadBy(org[role], org);
}, 120_000);

describe('what each role reads', () => {
  it('is the real thing: every role reads the partners, and staff and up their addresses', () => {
    for (const role of roles) expect(read[role]).toContain('Harbor Shelter');
    for (const role of ['staff', 'manager', 'admin'] as const) {
      expect(read[role]).toContain(placeSecrets.hiddenStreet);
      expect(read[role]).toContain(placeSecrets.homePhone);
    }
  });
});

describe('Places', () => {
  it('Places: approximate shows the area, never the street address; hidden shows neither point nor address', () => {
    expectNoneOf('viewer', [placeSecrets.hiddenStreet, placeSecrets.approximateStreet]);
    // The area is what a viewer does read of the approximate place.
    expect(read.viewer).toContain(approximateArea);
  });

  it('Places: a search by a street a viewer may not read finds nothing there', async () => {
    const streets = {
      [placeSecrets.hiddenStreet]: 'Harbor Shelter',
      [placeSecrets.approximateStreet]: 'Quiet Circle',
      [placeSecrets.homeStreet]: 'Halima Yusuf',
    };
    for (const [street, partner] of Object.entries(streets)) {
      for (const role of ['viewer', 'staff'] as const) {
        signInAs(org[role]);
        const list = await page(PartnersPage, {}, { q: street });
        const map = await route(mapRoute, `/api/map?q=${encodeURIComponent(street)}`, none);
        const found = role === 'staff';
        expect(list.includes(partner), `a ${role}'s list search for ${street}`).toBe(found);
        expect(map.includes(partner), `a ${role}'s map search for ${street}`).toBe(found);
      }
    }
  });

  it('Places: an individual’s home address is never shown to viewers, whatever the precision', () => {
    expectNoneOf('viewer', [
      placeSecrets.homeStreet,
      placeSecrets.homeTown,
      placeSecrets.homePhone,
      placeSecrets.homeEmail,
    ]);
  });
});

describe('Names', () => {
  it('Names: an interviewee who did not agree to be named is “a community member” to everyone but the interviewer and managers', () => {
    expectNoneOf('viewer', [unnamedInterviewee]);
    expectNoneOf('staff', [unnamedInterviewee]);
    expect(read.manager).toContain(unnamedInterviewee);
  });

  it('Names: a referral that says not to say who suggested it never says so', async () => {
    // The interview itself may name its interviewee (he agreed); the referral, and what is made of
    // it, never says he suggested it.
    for (const role of ['staff', 'manager', 'admin'] as const) {
      signInAs(org[role]);
      const referralsPage = await page(ReferralsPage);
      expect(referralsPage).toContain(referred.name);
      expect(referralsPage).not.toContain(suggester);
      expect(await page(NewPartnerPage, {}, { referral: org.referralId })).not.toContain(suggester);
    }
  });
});

describe('Answers', () => {
  it('Answers: only with consent to keep notes; never to viewers', () => {
    expectNoneOf('viewer', [answerText]);
    expect(read.staff).toContain(answerText);
  });
});

describe('Drafts', () => {
  it('Drafts: an interview draft is seen by its interviewers and managers only', () => {
    expectNoneOf('viewer', [draftInterviewee]);
    expectNoneOf('staff', [draftInterviewee]);
    expect(read.manager).toContain(draftInterviewee);
  });
});

describe('Keeping', () => {
  it('Keeping: answers and uploaded files are kept only as long as the organization’s retention setting says', async () => {
    // One year of answers, a week of import files; an interview held two years ago, a file of last month.
    await t.db
      .update(organizations)
      .set({ interviewAnswersKeepMonths: 12, importFilesKeepDays: 7 })
      .where(eq(organizations.id, org.org.id));
    const old = 'KEPT-TOO-LONG what I told you two years ago';
    await t.db
      .update(interviews)
      .set({ heldOn: '2024-06-01', answers: { 'about-role': old } })
      .where(eq(interviews.id, org.interviews.suggesting));
    const fileRow = 'KEPT-TOO-LONG Uploaded Garden';
    const [job] = await t.db
      .insert(importJobs)
      .values({
        orgId: org.org.id,
        fileName: 'old.csv',
        fileKind: 'csv',
        fileBytes: 30,
        status: 'review',
        table: { headers: ['Name'], rows: [[fileRow]], rowNumbers: [2], unit: 'row', notes: [] },
        totalRows: 1,
        createdAt: new Date(Date.now() - 30 * 86_400_000),
      })
      .returning();
    signInAs(org.staff);
    expect(await page(InterviewPage, { interviewId: org.interviews.suggesting })).toContain(old);

    await purgeOrganization(t.db, org.org.id, null);

    for (const role of roles)
      expectAbsent(await everythingReadBy(org[role], org), [old, fileRow], `a ${role}`);
    const [kept] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    expect(kept).toMatchObject({ answers: {}, status: 'complete' });
    expect(
      JSON.stringify(await t.db.select().from(importJobs).where(eq(importJobs.id, job!.id))),
    ).not.toContain(fileRow);
  });
});
