import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/calendar/[feed]/route';
import { auditEntries, followUps, memberReminders, memberships } from '@/db/schema';
import { resetCalendarFeed, stopCalendarFeed } from '@/lib/reminders/calendar-actions';
import {
  createMember,
  createOrganization,
  createOrganizationWithMembers,
  createPartner,
  form,
  signInAs,
} from '../factories';
import { makeFollowUp } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

// The private calendar feed: one all-day event per open follow-up assigned to the member, on its due
// day; done ones leave, snoozed ones move; a new address ends the old at once; viewers, other members
// and other organizations read nothing through it.

const t = useTestDatabase();

beforeAll(() => {
  vi.stubEnv('AUTH_URL', 'https://atlas.example.org');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

async function makeFeed(member: { userId: string; membershipId: string }) {
  signInAs(member);
  const result = await resetCalendarFeed(null, form({}));
  if (!result.ok) throw new Error(result.message);
  return result.data.address;
}

async function fetchFeed(address: string) {
  const feed = address.split('/').pop()!;
  const response = await GET(new Request(address), { params: Promise.resolve({ feed }) });
  // iCalendar folds lines at 75 octets; unfolded, each property reads whole (RFC 5545, 3.1).
  const text = (await response.text()).replace(/\r?\n[ \t]/g, '');
  return { status: response.status, type: response.headers.get('content-type'), text };
}

const events = (text: string) => text.split('BEGIN:VEVENT').length - 1;

describe('a member’s calendar feed', () => {
  it('holds one all-day event per open follow-up of theirs, on its due day, named with the partner and linked', async () => {
    const org = await createOrganization(t.db, { timeZone: 'America/Los_Angeles' });
    const member = await createMember(t.db, org.id, { role: 'staff' });
    const colleague = await createMember(t.db, org.id, { role: 'staff' });
    const partner = await createPartner(t.db, org.id, { name: 'Eastside Food Bank' });
    const mine = await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: member.membershipId,
      partnerId: partner.id,
      dueOn: '2026-12-07',
      description: 'Send the volunteer schedule',
    });
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: member.membershipId,
      dueOn: '2026-12-09',
      description: 'Book the meeting room',
    });
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: member.membershipId,
      dueOn: '2026-12-01',
      status: 'done',
      description: 'Already done',
    });
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: colleague.membershipId,
      dueOn: '2026-12-08',
      description: 'The colleague’s work',
    });

    const address = await makeFeed(member);
    expect(address).toMatch(/^https:\/\/atlas\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetchFeed(address);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(events(feed.text)).toBe(2);
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20261207');
    expect(feed.text).toContain('DTEND;VALUE=DATE:20261208');
    expect(feed.text).toContain('SUMMARY:Send the volunteer schedule (Eastside Food Bank)');
    expect(feed.text).toContain(`URL;VALUE=URI:https://atlas.example.org/partners/${partner.id}`);
    expect(feed.text).toContain('X-WR-TIMEZONE:America/Los_Angeles');
    expect(feed.text).toContain(`UID:${mine.id}@partner-atlas`);
    expect(feed.text).not.toContain('Already done');
    expect(feed.text).not.toContain('colleague');

    // Snoozed: the event moves to the new day. Done: it leaves.
    await t.db.update(followUps).set({ dueOn: '2026-12-14' }).where(eq(followUps.id, mine.id));
    const snoozed = await fetchFeed(address);
    expect(snoozed.text).toContain('DTSTART;VALUE=DATE:20261214');
    expect(snoozed.text).not.toContain('DTSTART;VALUE=DATE:20261207');
    await t.db.update(followUps).set({ status: 'done', doneAt: new Date() }).where(eq(followUps.id, mine.id));
    const done = await fetchFeed(address);
    expect(events(done.text)).toBe(1);
    expect(done.text).not.toContain('Eastside Food Bank');
  });

  it('keeps only a hash of the address, and a new address ends the old one at once', async () => {
    const { staff, org } = await createOrganizationWithMembers(t.db);
    const first = await makeFeed(staff);
    const [row] = await t.db
      .select()
      .from(memberReminders)
      .where(eq(memberReminders.membershipId, staff.membershipId));
    const secret = first.split('/').pop()!.replace('.ics', '');
    expect(row!.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.calendarTokenHash).not.toContain(secret);

    const second = await makeFeed(staff);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    signInAs(staff);
    expect((await stopCalendarFeed(null, form({}))).ok).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);

    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'member.calendar_feed_reset',
      'member.calendar_feed_reset',
      'member.calendar_feed_stop',
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('answers 404 to an address that names no feed, and to a member who can no longer sign in', async () => {
    const { staff } = await createOrganizationWithMembers(t.db);
    for (const feed of ['nothing.ics', `${'A'.repeat(43)}.ics`, `${'A'.repeat(43)}`, '../account.ics']) {
      const response = await GET(new Request(`https://atlas.example.org/calendar/${feed}`), {
        params: Promise.resolve({ feed }),
      });
      expect(response.status, feed).toBe(404);
    }
    const address = await makeFeed(staff);
    await t.db.update(memberships).set({ active: false }).where(eq(memberships.id, staff.membershipId));
    expect((await fetchFeed(address)).status).toBe(404);
  });

  it('is not offered to viewers, and a member who became a viewer reads no follow-ups through it', async () => {
    const { org, staff, viewer } = await createOrganizationWithMembers(t.db);
    signInAs(viewer);
    const refused = await resetCalendarFeed(null, form({}));
    expect(refused.ok).toBe(false);

    await makeFollowUp(t.db, org.id, { assigneeMembershipId: staff.membershipId, dueOn: '2026-12-07' });
    const address = await makeFeed(staff);
    expect(events((await fetchFeed(address)).text)).toBe(1);
    await t.db.update(memberships).set({ role: 'viewer' }).where(eq(memberships.id, staff.membershipId));
    const feed = await fetchFeed(address);
    expect(feed.status).toBe(200);
    expect(events(feed.text)).toBe(0);
  });

  it('never shows another organization’s follow-ups, even to a member of both', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    await makeFollowUp(t.db, b.org.id, {
      assigneeMembershipId: b.staff.membershipId,
      dueOn: '2026-12-07',
      description: 'Secret of library B',
    });
    const address = await makeFeed(a.staff);
    const feed = await fetchFeed(address);
    expect(events(feed.text)).toBe(0);
    expect(feed.text).not.toContain('library B');
  });

  it('puts each event on its due day whatever the time zone the server runs in', async () => {
    const org = await createOrganization(t.db, { timeZone: 'America/Los_Angeles' });
    const member = await createMember(t.db, org.id, { role: 'staff' });
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: member.membershipId,
      dueOn: '2026-12-07',
      description: 'Call the school',
    });
    const address = await makeFeed(member);
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        const feed = await fetchFeed(address);
        expect(feed.text).toContain('DTSTART;VALUE=DATE:20261207');
        expect(feed.text).toContain('DTEND;VALUE=DATE:20261208');
        expect(feed.text).toContain('X-WR-TIMEZONE:America/Los_Angeles');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
