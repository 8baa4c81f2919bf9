import { gunzipSync } from 'node:zlib';
import { and, eq, ilike, or, sql } from 'drizzle-orm';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import DashboardPage from '@/app/(app)/dashboard/page';
import FollowUpsPage from '@/app/(app)/follow-ups/page';
import InterviewPage from '@/app/(app)/interviews/[interviewId]/page';
import InterviewsPage from '@/app/(app)/interviews/page';
import ReferralsPage from '@/app/(app)/interviews/referrals/page';
import MapPage from '@/app/(app)/map/page';
import HomePage from '@/app/(app)/page';
import EditPartnerPage from '@/app/(app)/partners/[partnerId]/edit/page';
import PartnerPage from '@/app/(app)/partners/[partnerId]/page';
import PartnerBoardPage from '@/app/(app)/partners/board/page';
import NewPartnerPage from '@/app/(app)/partners/new/page';
import PartnersPage from '@/app/(app)/partners/page';
import AuditLogPage from '@/app/(app)/settings/audit/page';
import { GET as dashboardCsv } from '@/app/api/dashboard/[section]/route';
import { GET as archiveRoute } from '@/app/api/export/archive/route';
import { GET as mapFilesRoute } from '@/app/api/export/partners/route';
import { GET as mapRoute } from '@/app/api/map/route';
import { GET as partnersExport } from '@/app/api/partners/export/route';
import { GET as auditCsv } from '@/app/api/settings/audit/route';
import {
  auditEntries,
  contacts,
  geocodeCache,
  importJobs,
  interactions,
  interviews,
  organizations,
  partners,
  referrals,
} from '@/db/schema';
import type { MemberRole } from '@/lib/auth/roles';
import { sectionTitles } from '@/lib/dashboard/tables';
import { forgetPartner } from '@/lib/forget/actions';
import { withdrawConsent } from '@/lib/interviews/consent-actions';
import { createPartner } from '@/lib/partners/actions';
import { deleteContact } from '@/lib/partners/contact-actions';
import { purgeOrganization } from '@/lib/retention/purge';
import { form, createContact as makeContact, signInAs, type TestMember } from '../factories';
import { unzipText } from '../factories/export';
import {
  answerText,
  approximateArea,
  createPrivacyOrganization,
  draftInterviewee,
  forgotten,
  type PrivacyOrganization,
  placeSecrets,
  referred,
  removedContact,
  suggester,
  unnamedInterviewee,
} from '../factories/privacy';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// PRODUCT.md's privacy promises, one test each, named after the promise. Each reads everything a
// role can read (every page that shows records, every route, export and CSV) and searches it for
// values marked private: a leak anywhere fails the promise it breaks. Decision 0014.

const t = useTestDatabase();
afterEach(() => signInAs(null));

let org: PrivacyOrganization;
const roles = ['viewer', 'staff', 'manager', 'admin'] as const;

function isNextEnd(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && /^NEXT_(HTTP_ERROR_FALLBACK|REDIRECT)/.test(digest);
}

type PageFn = (props: never) => Promise<ReactNode>;

async function page(Page: PageFn, params: Record<string, string> = {}, query: Record<string, string> = {}) {
  const call = Page as unknown as (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string>>;
  }) => Promise<ReactNode>;
  try {
    return await renderToHtml(
      await call({ params: Promise.resolve(params), searchParams: Promise.resolve(query) }),
    );
  } catch (error) {
    // A page that is not this reader's (a draft, another's record) answers 404: nothing read.
    if (isNextEnd(error)) return '';
    throw error;
  }
}

type RouteFn<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

async function route<P>(handler: RouteFn<P>, url: string, params: P): Promise<string> {
  const response = await handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
  if (!response.ok) return '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('gzip')) return new TextDecoder().decode(gunzipSync(bytes));
  if (type.includes('zip')) return Object.values(unzipText(bytes)).join('\n');
  return new TextDecoder().decode(bytes);
}

const none = {} as Record<string, never>;

/** Everything a member can read of the organization, as one text to search. */
async function everythingReadBy(member: TestMember): Promise<string> {
  signInAs(member);
  const partnerIds = Object.values(org.partners);
  const interviewIds = Object.values(org.interviews);
  const parts = await Promise.all([
    page(HomePage),
    page(PartnersPage),
    page(PartnersPage, {}, { archived: 'include' }),
    page(PartnerBoardPage),
    page(DashboardPage),
    page(MapPage),
    page(InterviewsPage),
    page(ReferralsPage),
    page(FollowUpsPage),
    page(AuditLogPage),
    page(NewPartnerPage, {}, { referral: org.referralId }),
    ...partnerIds.map((partnerId) => page(PartnerPage, { partnerId })),
    ...partnerIds.map((partnerId) => page(EditPartnerPage, { partnerId })),
    ...interviewIds.map((interviewId) => page(InterviewPage, { interviewId })),
    route(mapRoute, '/api/map?archived=include', none),
    ...partnerIds.map((id) => route(mapRoute, `/api/map?summary=${id}`, none)),
    route(partnersExport, '/api/partners/export?format=csv&archived=include', none),
    route(partnersExport, '/api/partners/export?format=geojson&archived=include', none),
    ...Object.keys(sectionTitles).map((section) =>
      route(dashboardCsv, `/api/dashboard/${section}`, { section }),
    ),
    route(auditCsv, '/api/settings/audit', none),
    route(archiveRoute, '/api/export/archive', none),
    route(mapFilesRoute, '/api/export/partners?format=geojson', none),
    route(mapFilesRoute, '/api/export/partners?format=kml', none),
  ]);
  signInAs(null);
  return parts.join('\n');
}

const read: Partial<Record<MemberRole, string>> = {};

/** Where a value shows in a text, with a little around it: what a failure needs to say. */
function whereFound(text: string, value: string): string | null {
  const at = text.indexOf(value);
  return at === -1 ? null : text.slice(Math.max(0, at - 160), at + value.length + 60);
}

function expectAbsent(text: string, values: string[], who: string) {
  for (const value of values) expect(whereFound(text, value), `${who} reads “${value}”`).toBeNull();
}

function expectNoneOf(role: MemberRole, values: string[]) {
  expectAbsent(read[role]!, values, `a ${role}`);
}

beforeAll(async () => {
  org = await createPrivacyOrganization(t.db, 'Alder Library');
  for (const role of roles) read[role] = await everythingReadBy(org[role]);
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

describe('Forgetting', () => {
  it('Forgetting: a removed contact leaves no trace of their details anywhere, audit and archives included', () => {
    const traces = Object.values(removedContact);
    for (const role of roles) expectNoneOf(role, traces);
  });

  it('Forgetting: a forgotten person leaves no trace of their details anywhere, audit and archives included; counts stay', async () => {
    const partnersBefore = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.orgId, org.org.id));
    signInAs(org.staff);
    expect(await forgetPartner(null, form({ id: org.partners.farida }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only managers and admins'),
    });
    signInAs(org.manager);
    await expectRedirect(() => forgetPartner(null, form({ id: org.partners.farida })));

    const traces = [
      forgotten.name,
      forgotten.street,
      forgotten.email,
      forgotten.phone,
      forgotten.answer,
      forgotten.note,
      'Farida',
    ];
    for (const role of roles) {
      const text = await everythingReadBy(org[role]);
      expectAbsent(text, traces, `a ${role}`);
    }
    // Nowhere in the database either: not in an answer, a note, a referral, an import file, a
    // geocoder answer or the audit log.
    const anywhere = (column: Parameters<typeof ilike>[0]) => ilike(column, '%farida%');
    const leftovers = await Promise.all([
      t.db
        .select({ id: partners.id })
        .from(partners)
        .where(or(anywhere(partners.name), anywhere(partners.address))),
      t.db.select({ id: contacts.id }).from(contacts).where(anywhere(contacts.name)),
      t.db
        .select({ id: interviews.id })
        .from(interviews)
        .where(
          or(
            anywhere(sql`${interviews.answers}::text`),
            anywhere(sql`${interviews.takeaways}::text`),
            anywhere(interviews.intervieweeName),
          ),
        ),
      t.db
        .select({ id: referrals.id })
        .from(referrals)
        .where(or(anywhere(referrals.name), anywhere(referrals.howToReach))),
      t.db.select({ id: interactions.id }).from(interactions).where(anywhere(interactions.note)),
      t.db
        .select({ id: importJobs.id })
        .from(importJobs)
        .where(anywhere(sql`${importJobs.table}::text`)),
      t.db
        .select({ id: geocodeCache.id })
        .from(geocodeCache)
        .where(or(anywhere(geocodeCache.query), anywhere(sql`${geocodeCache.results}::text`))),
      t.db
        .select({ id: auditEntries.id })
        .from(auditEntries)
        .where(or(anywhere(sql`${auditEntries.before}::text`), anywhere(sql`${auditEntries.after}::text`))),
    ]);
    expect(leftovers.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);

    // Counts stay: the partner is still there (archived, nameless), the other answer of the
    // interview that mentioned her too, and the log says a person was removed.
    const partnersAfter = await t.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.orgId, org.org.id));
    expect(partnersAfter.length).toBe(partnersBefore.length);
    const [mentioning] = await t.db
      .select()
      .from(interviews)
      .where(eq(interviews.id, org.interviews.mentioning));
    expect(mentioning!.answers).toEqual({ 'about-why': 'We run a pantry on Fridays' });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, org.org.id), eq(auditEntries.action, 'partner.forget')));
    expect(entry).toMatchObject({ actorUserId: org.manager.userId, entityId: org.partners.farida });
    signInAs(org.manager);
    expect(await page(PartnerPage, { partnerId: org.partners.farida })).toContain('asked to be forgotten');
  });

  it('Forgetting: a contact forgotten everywhere is gone from answers and notes that named them', async () => {
    const name = 'Zelda Mentioned';
    const contact = await makeContact(t.db, org.org.id, org.partners.shelter, {
      name,
      email: 'zelda@example.org',
    });
    await t.db
      .update(interviews)
      .set({ answers: { 'about-role': `${name} runs intake`, 'about-why': 'Housing first' } })
      .where(eq(interviews.id, org.interviews.mentioning));
    signInAs(org.staff);
    expect(
      await deleteContact(null, form({ contactId: contact.id, version: 1, forget: 'on' })),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('Only managers and admins'),
    });
    signInAs(org.manager);
    expect(
      await deleteContact(null, form({ contactId: contact.id, version: 1, forget: 'on' })),
    ).toMatchObject({
      ok: true,
    });
    const [mentioning] = await t.db
      .select()
      .from(interviews)
      .where(eq(interviews.id, org.interviews.mentioning));
    expect(mentioning!.answers).toEqual({ 'about-why': 'Housing first' });
    const text = await everythingReadBy(org.admin);
    expectAbsent(text, [name, 'zelda@example.org'], 'an admin');
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

    for (const role of roles) expectAbsent(await everythingReadBy(org[role]), [old, fileRow], `a ${role}`);
    const [kept] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    expect(kept).toMatchObject({ answers: {}, status: 'complete' });
    expect(
      JSON.stringify(await t.db.select().from(importJobs).where(eq(importJobs.id, job!.id))),
    ).not.toContain(fileRow);
  });
});

describe('A partner made from a referral', () => {
  it('carries only what was agreed: how to reach them goes to a private contact, never to what viewers read', async () => {
    signInAs(org.staff);
    const newPage = await page(NewPartnerPage, {}, { referral: org.referralId });
    // Nothing of how to reach them is put into the form's public fields.
    expect(newPage).not.toContain(referred.email);
    expect(newPage).toContain(referred.reason);
    const to = await expectRedirect(() =>
      createPartner(
        null,
        form({
          name: referred.name,
          category: 'individual',
          locationPrecision: 'approximate',
          referralId: org.referralId,
          foundVia: 'referral',
        }),
      ),
    );
    const partnerId = to.match(/\/partners\/([0-9a-f-]+)/)![1]!;
    const [contact] = await t.db.select().from(contacts).where(eq(contacts.partnerId, partnerId));
    expect(contact).toMatchObject({
      name: referred.name,
      email: referred.email,
      phone: referred.phone,
      shareWithViewers: false,
    });
    expect(await page(PartnerPage, { partnerId })).toContain(referred.email);
    signInAs(org.viewer);
    const seen = await page(PartnerPage, { partnerId });
    expect(seen).toContain(referred.name);
    expect(seen).not.toContain(referred.email);
    expect(seen).not.toContain(referred.phone);
    expect(seen).not.toContain(suggester);
  });
});

describe('Withdrawing consent after an interview', () => {
  it('removes the answers it covered, and can only take back, never add', async () => {
    signInAs(org.staff);
    const [before] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    await t.db
      .update(interviews)
      .set({ answers: { 'about-role': 'I coach chess' } })
      .where(eq(interviews.id, org.interviews.suggesting));
    const refused = await withdrawConsent(
      null,
      form({
        id: before!.id,
        version: before!.version,
        consentNotes: 'on',
        consentName: 'on',
        consentQuote: 'on',
      }),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('only be withdrawn') });
    const done = await withdrawConsent(
      null,
      form({ id: before!.id, version: before!.version, consentName: 'on' }),
    );
    expect(done).toMatchObject({ ok: true, data: { withdrawn: ['consentNotes'], answersRemoved: 1 } });
    const [after] = await t.db.select().from(interviews).where(eq(interviews.id, org.interviews.suggesting));
    expect(after).toMatchObject({ consentNotes: false, consentName: true, answers: {} });
    // Someone who is not one of its interviewers cannot.
    signInAs(org.viewer);
    expect(await withdrawConsent(null, form({ id: before!.id, version: after!.version }))).toMatchObject({
      ok: false,
    });
  });
});
