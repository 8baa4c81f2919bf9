import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as unsubscribe } from '@/app/api/unsubscribe/[token]/route';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import {
  digestDeliveries,
  interviewInterviewers,
  mailSettings,
  memberReminders,
  referrals,
} from '@/db/schema';
import { rowsOf } from '@/lib/dashboard/sql';
import { sendDueDigests } from '@/lib/reminders/digest-run';
import { digestSendingProblem } from '@/lib/reminders/readiness';
import { reminderDigestTask } from '@/lib/reminders/task';
import { unsubscribeToken } from '@/lib/reminders/unsubscribe';
import { createContact, createMember, createOrganization, createPartner } from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { makeFollowUp, makeInteraction } from '../factories/relationships';
import { useTestDatabase } from '../support/database';
import { startSmtpStandIn } from '../support/smtp-stand-in';

// The e-mail digests, with a fixed clock over an SMTP stand-in: one message per member and period,
// naming their overdue follow-up and cooling partner with absolute links; a second process sends
// nothing twice; viewers and other organizations get nothing private; a refused server is retried
// with a wait and recorded; a pass after downtime catches up; the unsubscribe link needs no sign-in.

const t = useTestDatabase();
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
let second: DatabaseHandle | undefined;

// Monday 7 December 2026, 9 am in Los Angeles: the weekly digest's slot has come.
const monday9am = new Date('2026-12-07T17:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
  vi.stubEnv('AUTH_SECRET', 'digest-tests-secret-0123456789abcdef');
  vi.stubEnv('SMTP_URL', '');
  vi.stubEnv('MAIL_ALLOW_PRIVATE_HOSTS', '1');
  // On PostgreSQL the second pass runs on a connection of its own, as another app process would.
  if (t.handle.kind !== 'postgres') return;
  const [row] = await rowsOf<{ name: string }>(t.db, sql`select current_database() as name`);
  const target = new URL(process.env.TEST_DATABASE_URL!);
  target.pathname = `/${row!.name}`;
  second = await openDatabase({ kind: 'postgres', url: target.toString(), maxConnections: 2 });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await second?.close();
  await smtp.close();
});

/** A library in Los Angeles with its own mail server (the stand-in) and a liaison with work due. */
async function library(port = smtp.port) {
  const org = await createOrganization(t.db, {
    timeZone: 'America/Los_Angeles',
    name: `Library ${randomUUID().slice(0, 6)}`,
  });
  await t.db.insert(mailSettings).values({
    orgId: org.id,
    host: '127.0.0.1',
    port,
    security: 'none',
    fromAddress: 'Atlas <atlas@library.example>',
  });
  const liaison = await createMember(t.db, org.id, { role: 'staff', name: 'Lee Liaison' });
  const foodBank = await createPartner(t.db, org.id, {
    name: 'Eastside Food Bank',
    ownerMembershipId: liaison.membershipId,
  });
  await makeFollowUp(t.db, org.id, {
    assigneeMembershipId: liaison.membershipId,
    partnerId: foodBank.id,
    dueOn: '2026-12-03',
    description: 'Send the volunteer schedule',
  });
  // 60 days since the last contact, against a 90-day cadence: cooling.
  const school = await createPartner(t.db, org.id, {
    name: 'Ridge School',
    ownerMembershipId: liaison.membershipId,
  });
  await makeInteraction(t.db, org.id, school.id, { occurredOn: '2026-10-08' });
  await makeInteraction(t.db, org.id, foodBank.id, { occurredOn: '2026-12-01' });
  return { org, liaison, foodBank, school };
}

const to = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

describe('a weekly digest', () => {
  it('reaches a liaison once, naming the overdue follow-up and the cooling partner with absolute links', async () => {
    const { liaison, foodBank, school, org } = await library();
    await createContact(t.db, org.id, foodBank.id, {
      name: 'Pat Private',
      email: 'pat@private.example',
      phone: '555-0100',
    });
    const result = await sendDueDigests(t.db, { now: monday9am });
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const mine = to(liaison.email);
    expect(mine).toHaveLength(1);
    const message = mine[0]!;
    expect(message.raw).toMatch(/^Subject: Partner Atlas this week: 1 overdue, 1 partner cooling/m);
    expect(message.raw).toContain('Content-Type: text/plain');
    expect(message.raw).toContain('Content-Type: text/html');
    expect(message.text).toContain('Send the volunteer schedule (Eastside Food Bank), due Thu, Dec 3, 2026');
    expect(message.text).toContain('Ridge School: last contact Oct 8, 2026');
    expect(message.text).toContain(`https://atlas.example.org/partners/${foodBank.id}`);
    expect(message.text).toContain(`https://atlas.example.org/partners/${school.id}`);
    expect(message.raw.replace(/\r\n[ \t]+/g, ' ')).toMatch(
      /List-Unsubscribe: <https:\/\/atlas\.example\.org\/api\/unsubscribe\//,
    );
    expect(message.text).not.toMatch(/Pat Private|pat@private|555-0100/);

    // The same pass again, from another process: nothing twice.
    await sendDueDigests(second?.db ?? t.db, { now: new Date(monday9am.getTime() + 3600_000) });
    expect(to(liaison.email)).toHaveLength(1);
    const [row] = await t.db
      .select()
      .from(digestDeliveries)
      .where(eq(digestDeliveries.membershipId, liaison.membershipId));
    expect(row).toMatchObject({ status: 'sent', period: '2026-12-07', frequency: 'weekly', attempts: 1 });
    expect(row!.counts).toMatchObject({ overdue: 1, cooling: 1 });
  });

  it('is sent once when two processes run the pass at the same moment', async () => {
    const { liaison } = await library();
    await Promise.all([
      sendDueDigests(t.db, { now: monday9am }),
      sendDueDigests(second?.db ?? t.db, { now: monday9am }),
      sendDueDigests(t.db, { now: monday9am }),
    ]);
    expect(to(liaison.email)).toHaveLength(1);
  });

  it('gives viewers and other libraries nothing private: referrals are counted, never named', async () => {
    const { org, liaison } = await library();
    const viewer = await createMember(t.db, org.id, { role: 'viewer' });
    const other = await library();
    const { version } = await createGuide(t.db, org.id);
    const interview = await createInterview(t.db, org.id, version.id, { status: 'complete' });
    await t.db
      .insert(interviewInterviewers)
      .values({ orgId: org.id, interviewId: interview.id, membershipId: liaison.membershipId });
    await t.db.insert(referrals).values({
      orgId: org.id,
      interviewId: interview.id,
      name: 'Jordan Referral',
      howToReach: 'jordan@home.example',
    });

    await sendDueDigests(t.db, { now: monday9am });
    expect(to(viewer.email)).toHaveLength(0);
    const message = to(liaison.email)[0]!;
    expect(message.text).toContain('1 referral from your interviews not yet followed up');
    expect(message.text).not.toMatch(/Jordan|jordan@home/);
    expect(message.text).not.toContain('Test Interviewee');
    expect(message.text).not.toContain(other.org.name);
    expect(to(other.liaison.email)[0]!.text).not.toContain(org.name);
  });

  it('adds the branch at a glance for a manager', async () => {
    const { org } = await library();
    const manager = await createMember(t.db, org.id, { role: 'manager' });
    await sendDueDigests(t.db, { now: monday9am });
    const message = to(manager.email)[0]!;
    expect(message.text).toContain('Your library at a glance');
    expect(message.text).toContain('1 follow-up overdue');
    expect(message.text).toContain('1 partner turning cold');
  });
});

describe('when the mail server refuses', () => {
  it('retries after a wait, records the error, and sends once the server is back', async () => {
    const down = await startSmtpStandIn();
    const port = down.port;
    await down.close();
    const { org, liaison } = await library(port);
    const first = await sendDueDigests(t.db, { now: monday9am });
    expect(first.retry).toBeGreaterThanOrEqual(1);
    const where = eq(digestDeliveries.membershipId, liaison.membershipId);
    let [row] = await t.db.select().from(digestDeliveries).where(where);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toMatch(/Could not talk to the mail server at 127\.0\.0\.1/);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);

    // Not before its wait is over.
    await sendDueDigests(t.db, { now: monday9am });
    [row] = await t.db.select().from(digestDeliveries).where(where);
    expect(row!.attempts).toBe(1);

    await t.db.update(mailSettings).set({ port: smtp.port }).where(eq(mailSettings.orgId, org.id));
    await t.db.update(digestDeliveries).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(where);
    await sendDueDigests(t.db, { now: monday9am });
    [row] = await t.db.select().from(digestDeliveries).where(where);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: '' });
    expect(to(liaison.email)).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal, saying what the server answered', async () => {
    const { liaison } = await library();
    smtp.setMode('refuse-recipient');
    try {
      await sendDueDigests(t.db, { now: monday9am });
    } finally {
      smtp.setMode('accept');
    }
    const [row] = await t.db
      .select()
      .from(digestDeliveries)
      .where(eq(digestDeliveries.membershipId, liaison.membershipId));
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toContain('Mailbox unavailable');
  });
});

describe('frequency, catching up and unsubscribing', () => {
  it('catches up a digest missed while the app was down, and sends a daily one each day', async () => {
    const { liaison } = await library();
    await t.db
      .insert(memberReminders)
      .values({ membershipId: liaison.membershipId, orgId: liaison.orgId, digestFrequency: 'daily' });
    // The app was down from Sunday to Wednesday noon: Wednesday's digest goes out, once.
    const wednesdayNoon = new Date('2026-12-09T20:00:00Z');
    await sendDueDigests(t.db, { now: wednesdayNoon });
    await sendDueDigests(t.db, { now: new Date(wednesdayNoon.getTime() + 3 * 3600_000) });
    expect(to(liaison.email)).toHaveLength(1);
    expect(to(liaison.email)[0]!.raw).toMatch(/^Subject: Partner Atlas today:/m);
    await sendDueDigests(t.db, { now: new Date('2026-12-10T16:30:00Z') });
    expect(to(liaison.email)).toHaveLength(2);
    const periods = await t.db
      .select({ period: digestDeliveries.period })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.membershipId, liaison.membershipId));
    expect(periods.map((p) => p.period).sort()).toEqual(['2026-12-09', '2026-12-10']);
  });

  it('stops by the message’s link without signing in; a forged link changes nothing', async () => {
    const { liaison } = await library();
    const call = (token: string) =>
      unsubscribe(new Request(`https://atlas.example.org/api/unsubscribe/${token}`, { method: 'POST' }), {
        params: Promise.resolve({ token }),
      });
    expect((await call(`${liaison.membershipId}.forged`)).status).toBe(404);
    const response = await call(unsubscribeToken(liaison.membershipId));
    expect(response.status).toBe(303);
    const [row] = await t.db
      .select()
      .from(memberReminders)
      .where(and(eq(memberReminders.membershipId, liaison.membershipId)));
    expect(row!.digestFrequency).toBe('off');
    await sendDueDigests(t.db, { now: monday9am });
    expect(to(liaison.email)).toHaveLength(0);
  });
  it('sends nothing planned before the member unsubscribed, retries included', async () => {
    const down = await startSmtpStandIn();
    const port = down.port;
    await down.close();
    const { org, liaison } = await library(port);
    const where = eq(digestDeliveries.membershipId, liaison.membershipId);
    expect((await sendDueDigests(t.db, { now: monday9am })).retry).toBeGreaterThanOrEqual(1);
    const token = unsubscribeToken(liaison.membershipId);
    const request = new Request(`https://atlas.example.org/api/unsubscribe/${token}`, { method: 'POST' });
    expect((await unsubscribe(request, { params: Promise.resolve({ token }) })).status).toBe(303);

    await t.db.update(mailSettings).set({ port: smtp.port }).where(eq(mailSettings.orgId, org.id));
    await t.db.update(digestDeliveries).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(where);
    await sendDueDigests(t.db, { now: monday9am });
    const [row] = await t.db.select().from(digestDeliveries).where(where);
    expect(row).toMatchObject({ status: 'empty', leaseHolder: null });
    expect(to(liaison.email)).toHaveLength(0);
  });
});

describe('the record of digests', () => {
  it('keeps finished digests for 90 days, then prunes them; a pending one is kept', async () => {
    const { liaison } = await library();
    const row = (period: string, status: 'sent' | 'failed' | 'pending', createdAt: string) => ({
      orgId: liaison.orgId,
      membershipId: liaison.membershipId,
      frequency: 'weekly' as const,
      period,
      status,
      createdAt: new Date(createdAt),
      // A pending one waits for its next try (not due in this pass).
      nextAttemptAt: new Date('2027-01-04T16:00:00Z'),
    });
    await t.db
      .insert(digestDeliveries)
      .values([
        row('2026-08-03', 'sent', '2026-08-03T15:00:00Z'),
        row('2026-08-10', 'failed', '2026-08-10T15:00:00Z'),
        row('2026-08-17', 'pending', '2026-08-17T15:00:00Z'),
        row('2026-09-14', 'sent', '2026-09-14T15:00:00Z'),
      ]);
    const result = await sendDueDigests(t.db, { now: monday9am });
    expect(result.pruned).toBeGreaterThanOrEqual(2);
    const left = await t.db
      .select({ period: digestDeliveries.period })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.membershipId, liaison.membershipId));
    // 14 September is 84 days before 7 December: kept, as is this week's digest, just sent.
    expect(left.map((r) => r.period).sort()).toEqual(['2026-08-17', '2026-09-14', '2026-12-07']);
  });
});

describe('without AUTH_URL or AUTH_SECRET', () => {
  it('sends nothing from the command or, in production, from the app’s clock, and says why', async () => {
    const { liaison } = await library();
    try {
      vi.stubEnv('AUTH_URL', '');
      expect(digestSendingProblem('command')).toMatch(/AUTH_URL is not set/);
      expect(digestSendingProblem('scheduler')).toBeNull();
      vi.stubEnv('NODE_ENV', 'production');
      expect(digestSendingProblem('scheduler')).toMatch(/AUTH_URL is not set/);
      await expect(reminderDigestTask.run(t.db, async () => true)).rejects.toThrow(/AUTH_URL/);
      expect(to(liaison.email)).toHaveLength(0);
      vi.stubEnv('NODE_ENV', 'test');
      vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
      vi.stubEnv('AUTH_SECRET', '');
      expect(digestSendingProblem('command')).toMatch(/AUTH_SECRET is not set/);
      expect(digestSendingProblem('command')).not.toMatch(/AUTH_URL/);
    } finally {
      vi.stubEnv('NODE_ENV', 'test');
      vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
      vi.stubEnv('AUTH_SECRET', 'digest-tests-secret-0123456789abcdef');
    }
    expect(digestSendingProblem('command')).toBeNull();
  });
});
