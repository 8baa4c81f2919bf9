import { createElement, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import DashboardPage from '@/app/(app)/dashboard/page';
import FollowUpsPage from '@/app/(app)/follow-ups/page';
import InterviewPage from '@/app/(app)/interviews/[interviewId]/page';
import NewInterviewPage from '@/app/(app)/interviews/new/page';
import PartnerPage from '@/app/(app)/partners/[partnerId]/page';
import AuditLogPage from '@/app/(app)/settings/audit/page';
import { GET as partnersCsv } from '@/app/api/partners/export/route';
import { GET as auditCsv } from '@/app/api/settings/audit/route';
import { SaveStatusLine } from '@/components/interviews/save-status';
import { auditEntries, type Organization } from '@/db/schema';
import { getAuthContext } from '@/lib/auth/context';
import { parseDashboardFilter, resolvePeriod } from '@/lib/dashboard/filters';
import { loadDashboard } from '@/lib/dashboard/load';
import { today } from '@/lib/dates';
import { emptyFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import { listFollowUps, overdueFollowUpCount } from '@/lib/relationships/follow-up-queries';
import { createInteraction as logContact } from '@/lib/relationships/interaction-actions';
import { partnerHealth } from '@/lib/relationships/queries';
import { relationshipData } from '@/lib/relationships/relationship-data';
import {
  createMember,
  createOrganization,
  createPartner,
  form,
  signInAs,
  type TestMember,
} from '../factories';
import { createInteraction, createStageChange } from '../factories/dashboard';
import { createGuide, createInterview } from '../factories/interviews';
import { makeFollowUp } from '../factories/relationships';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { renderToHtml } from '../support/render';

// Issue 15: "The clock is UTC." A library in Los Angeles, late on Sunday 1 November 2026 (the
// day summer time ended there): 06:30 UTC on Monday is 10:30 PM on Sunday, PST. Everything it sees
// must say Sunday. The same records in a UTC library say Monday, so each check can tell them apart.

const t = useTestDatabase();
const la = 'America/Los_Angeles';
const moment = new Date('2026-11-02T06:30:00Z');

type Library = {
  org: Organization;
  admin: TestMember;
  staff: TestMember;
  contacted: string;
  partner: string;
  interview: string;
};

/** The same records in a library of each zone. */
async function library(timeZone: string): Promise<Library> {
  const org = await createOrganization(t.db, {
    name: `Library in ${timeZone}`,
    timeZone,
    timeZoneConfirmed: true,
    healthCadenceDays: 60,
  });
  const admin = await createMember(t.db, org.id, { role: 'admin', name: 'Ada Admin' });
  const staff = await createMember(t.db, org.id, { role: 'staff', name: 'Sam Staff' });
  const early = new Date('2026-06-01T00:00:00Z');
  // Last contact on 2 October: 30 days before Sunday (warm for a 60-day cadence), 31 before Monday.
  const contacted = await createPartner(t.db, org.id, { name: 'Contacted Club', createdAt: early });
  await createInteraction(t.db, org.id, contacted.id, { occurredOn: '2026-10-02' });
  // Added at 10 PM on 31 August in Los Angeles (1 September in UTC), and at 1 AM on 1 September.
  await createPartner(t.db, org.id, { name: 'August Arrival', createdAt: new Date('2026-09-01T05:00:00Z') });
  await createPartner(t.db, org.id, {
    name: 'September Arrival',
    createdAt: new Date('2026-09-01T08:00:00Z'),
  });
  // Added at 11 PM on Sunday in Los Angeles.
  const partner = await createPartner(t.db, org.id, {
    name: 'Sunday Night Choir',
    createdAt: new Date('2026-11-02T07:00:00Z'),
    updatedAt: new Date('2026-11-02T07:00:00Z'),
  });
  // Stage moves at 8 PM on 30 September and 10 PM on 31 October, Pacific.
  await createStageChange(t.db, org.id, contacted.id, {
    toStage: 'reached_out',
    changedAt: '2026-10-01T03:00:00Z',
  });
  await createStageChange(t.db, org.id, contacted.id, {
    toStage: 'connected',
    changedAt: '2026-11-01T05:00:00Z',
  });
  for (const [description, dueOn] of [
    ['Due on Saturday', '2026-10-31'],
    ['Due on Sunday', '2026-11-01'],
  ] as const) {
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: staff.membershipId,
      dueOn,
      partnerId: contacted.id,
      description,
    });
  }
  // Completed at 5:27 PM on Sunday, Pacific: 1:27 AM on Monday in UTC.
  const { version } = await createGuide(t.db, org.id);
  const interview = await createInterview(t.db, org.id, version.id, {
    heldOn: '2026-11-01',
    status: 'complete',
    completedAt: new Date('2026-11-02T01:27:00Z'),
  });
  await t.db.insert(auditEntries).values({
    orgId: org.id,
    actorUserId: admin.userId,
    action: 'branch.create',
    entityType: 'branch',
    entityId: partner.id,
    after: { name: 'Evening Branch' },
    createdAt: new Date('2026-11-02T01:27:00Z'),
  });
  return { org, admin, staff, contacted: contacted.id, partner: partner.id, interview: interview.id };
}

let pacific: Library;
let utc: Library;

beforeAll(async () => {
  pacific = await library(la);
  utc = await library('UTC');
});

beforeEach(() => {
  // Only Date: the databases' timers and I/O run as usual.
  vi.useFakeTimers({ now: moment, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  signInAs(null);
});

type AnyPage = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string>>;
}) => Promise<ReactNode>;

async function render(Page: unknown, params: Record<string, string> = {}, searchParams = {}) {
  const node = await (Page as AnyPage)({
    params: Promise.resolve(params),
    searchParams: Promise.resolve(searchParams),
  });
  return renderToHtml(node);
}

describe('today, in a library in Los Angeles on a Sunday evening', () => {
  it('is Sunday there, and Monday in a UTC library', () => {
    expect(today(la)).toBe('2026-11-01');
    expect(today('UTC')).toBe('2026-11-02');
  });

  it('counts only Saturday’s follow-up as overdue, in the navigation and the list', async () => {
    expect(await overdueFollowUpCount(t.db, pacific.staff)).toBe(1);
    expect(await overdueFollowUpCount(t.db, utc.staff)).toBe(2);
    const lists = await listFollowUps(t.db, pacific.staff, { scope: 'mine' });
    expect(lists.overdue.map((f) => f.description)).toEqual(['Due on Saturday']);
    expect(lists.thisWeek.map((f) => f.description)).toEqual(['Due on Sunday']);
    signInAs(pacific.staff);
    const html = await render(FollowUpsPage);
    expect(html).toContain('Overdue by 1 day');
    expect(html).not.toContain('Overdue by 2 days');
    signInAs(utc.staff);
    expect(await render(FollowUpsPage)).toContain('Overdue by 2 days');
  });

  it('counts the days since the last contact from Sunday, in TypeScript and SQL alike', async () => {
    expect(await partnerHealth(t.db, pacific.staff, pacific.contacted)).toMatchObject({
      days: 30,
      level: 'warm',
    });
    expect(await partnerHealth(t.db, utc.staff, utc.contacted)).toMatchObject({ days: 31, level: 'cooling' });
    const warm = async (ctx: { orgId: string; role: 'staff'; timeZone?: string }) =>
      (await listPartners(t.db, ctx, { ...emptyFilter, health: ['warm'] })).rows.map((r) => r.name);
    // With the zone from the session, and with it read from the organization in the same statement.
    expect(await warm({ orgId: pacific.org.id, role: 'staff', timeZone: la })).toEqual(['Contacted Club']);
    expect(await warm({ orgId: pacific.org.id, role: 'staff' })).toEqual(['Contacted Club']);
    expect(await warm({ orgId: utc.org.id, role: 'staff' })).toEqual([]);
    signInAs(pacific.staff);
    const page = await render(PartnerPage, { partnerId: pacific.contacted });
    expect(page).toContain('30 days');
  });

  it('puts the dashboard’s period and its monthly buckets on Pacific days and months', async () => {
    const caller = { orgId: pacific.org.id, role: 'admin' as const, timeZone: la };
    const filter = parseDashboardFilter({ period: '3m' });
    const { period } = resolvePeriod(filter, today(la));
    expect(period).toEqual({ from: '2026-09-01', to: '2026-11-01' });
    const data = await loadDashboard(t.db, caller, filter, period, moment);
    const moves = data['stage-movements'].filter((row) => row.count > 0);
    expect(moves.map((row) => [row.month, row.key])).toEqual([
      ['2026-09', 'reached_out'],
      ['2026-10', 'connected'],
    ]);
    // September's arrival and Sunday night's choir; August's came at 10 PM on 31 August there.
    expect(data.headline.newInPeriod).toBe(2);
    expect(data.headline.overdueFollowUps).toBe(1);
    const inUtc = await loadDashboard(
      t.db,
      { ...caller, orgId: utc.org.id, timeZone: 'UTC' },
      filter,
      resolvePeriod(filter, today('UTC')).period,
      moment,
    );
    expect(
      inUtc['stage-movements'].filter((row) => row.count > 0).map((row) => [row.month, row.key]),
    ).toEqual([
      ['2026-10', 'reached_out'],
      ['2026-11', 'connected'],
    ]);
    expect(inUtc.headline.newInPeriod).toBe(3);
    signInAs(pacific.admin);
    expect(await render(DashboardPage, {}, { period: '3m' })).toContain('Sep 1, 2026 – Nov 1, 2026');
  });

  it('starts a new interview, a contact and a follow-up on Sunday', async () => {
    signInAs(pacific.staff);
    const html = await render(NewInterviewPage);
    expect(html).toMatch(/<input[^>]*name="heldOn"[^>]*value="2026-11-01"/);
    const ctx = (await getAuthContext())!;
    const data = await relationshipData(
      t.db,
      ctx,
      { id: pacific.contacted, lastInteractionAt: null },
      moment,
    );
    expect(data).toMatchObject({ today: '2026-11-01', defaultDue: '2026-11-08' });
    signInAs(utc.staff);
    expect(await render(NewInterviewPage)).toMatch(/<input[^>]*name="heldOn"[^>]*value="2026-11-02"/);
  });

  it('takes a contact dated Sunday and refuses one dated Monday, which has not come yet there', async () => {
    signInAs(pacific.staff);
    const monday = await logContact(
      null,
      form({ partnerId: pacific.partner, kind: 'call', occurredOn: '2026-11-02' }),
    );
    expect(monday).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: [expect.stringContaining('once it has happened')] },
    });
    const sunday = await logContact(
      null,
      form({ partnerId: pacific.partner, kind: 'call', occurredOn: '2026-11-01' }),
    );
    expect(sunday).toMatchObject({ ok: true });
  });
});

describe('moments, read on the library’s clock', () => {
  it('says when an interview was completed, and when notes were saved, alike', async () => {
    signInAs(pacific.admin);
    const html = await render(InterviewPage, { interviewId: pacific.interview });
    expect(html).toContain('Nov 1, 2026, 5:27 PM PST');
    expect(html).not.toContain('UTC');
    const saved = await renderToHtml(
      createElement(SaveStatusLine, { status: { kind: 'saved', at: '2026-11-02T01:27:00Z' }, timeZone: la }),
    );
    expect(saved).toContain('All notes saved at 5:27 PM PST');
    signInAs(utc.admin);
    expect(await render(InterviewPage, { interviewId: utc.interview })).toContain('Nov 2, 2026, 1:27 AM UTC');
  });

  it('dates a partner added late on Sunday on Sunday', async () => {
    signInAs(pacific.staff);
    expect(await render(PartnerPage, { partnerId: pacific.partner })).toContain('Added Nov 1, 2026');
    signInAs(utc.staff);
    expect(await render(PartnerPage, { partnerId: utc.partner })).toContain('Added Nov 2, 2026');
  });

  it('shows the audit log, and its CSV, in the library’s time, named by day there', async () => {
    signInAs(pacific.admin);
    expect(await render(AuditLogPage)).toContain('Nov 1, 2026, 5:27 PM PST');
    const response = await auditCsv(new Request('http://localhost/api/settings/audit'), {
      params: Promise.resolve({}),
    });
    expect(response.headers.get('content-disposition')).toContain('audit-log-2026-11-01.csv');
    const [header, ...cells] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    const rows = cells.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
    const entry = rows.find((row) => row.What === 'Added branch');
    expect(entry).toMatchObject({
      'When (America/Los_Angeles)': '2026-11-01 17:27:00',
      'When (UTC, ISO 8601)': '2026-11-02T01:27:00.000Z',
    });
    const partners = await partnersCsv(new Request('http://localhost/api/partners/export?format=csv'), {
      params: Promise.resolve({}),
    });
    expect(partners.headers.get('content-disposition')).toContain('partners-2026-11-01.csv');
  });
});
