import 'server-only';
import { and, eq } from 'drizzle-orm';
import ical from 'ical-generator';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { memberReminders, memberships, organizations } from '@/db/schema';
import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';
import { addDays } from '@/lib/dates';
import { memberOpenFollowUps } from '@/lib/relationships/follow-up-queries';
import { feedSecretHash } from './feed-secret';
import { absoluteLink } from './links';

/** More than anyone works through; a feed past it is cut at the earliest due days. */
const feedLimit = 1000;

/** The member a feed secret opens: active, in an organization that still exists; else undefined. */
async function feedOwner(db: Db, secret: string) {
  const hash = feedSecretHash(secret);
  if (!hash) return undefined;
  const [row] = await db
    .select({
      membershipId: memberReminders.membershipId,
      orgId: memberships.orgId,
      role: memberships.role,
      orgName: organizations.name,
      timeZone: organizations.timeZone,
    })
    .from(memberReminders)
    .innerJoin(
      memberships,
      and(eq(memberships.id, memberReminders.membershipId), eq(memberships.orgId, memberReminders.orgId)),
    )
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberReminders.calendarTokenHash, hash), eq(memberships.active, true)));
  return row;
}

/**
 * The member's open follow-ups as the feed shows them. Viewers are never given work and read no
 * follow-ups (lib/relationships/access.ts): their feed is empty, even if they held work before a
 * change of role. Only the follow-up's own words and the partner's name leave the app, never an
 * interview's answers or a contact's details.
 */
async function feedFollowUps(db: Db, owner: { orgId: string; membershipId: string; role: MemberRole }) {
  if (!roleAtLeast(owner.role, 'staff')) return [];
  return memberOpenFollowUps(db, owner, { limit: feedLimit });
}

/**
 * The iCalendar text of the feed this secret opens, or null when it opens none (never was, reset,
 * turned off, or the member can no longer sign in). One all-day event per open follow-up on its due
 * day, a day of the organization's calendar; a follow-up done leaves the feed, one snoozed moves.
 */
export async function calendarFeed(db: Db, secret: string, origin: string): Promise<string | null> {
  const owner = await feedOwner(db, secret);
  if (!owner) return null;
  const rows = await feedFollowUps(db, owner);
  const calendar = ical({
    name: `Partner Atlas follow-ups (${owner.orgName})`,
    description: 'Your open follow-ups in Partner Atlas, on their due days.',
    prodId: { company: 'Partner Atlas', product: 'follow-ups', language: 'EN' },
    // The zone is named for calendar apps, not given as `timezone`: with it, ical-generator reads an
    // all-day date in the server process's own zone, a day early west of UTC. Without it, a
    // 'YYYY-MM-DD' due day is written as that very day whatever zone the server runs in.
    x: [{ key: 'X-WR-TIMEZONE', value: owner.timeZone }],
    // Calendar apps that honour it look again hourly (Google decides for itself).
    ttl: 60 * 60,
  });
  for (const row of rows) {
    const link = absoluteLink(origin, row.partnerId ? `/partners/${row.partnerId}` : '/follow-ups');
    const summary = row.partnerName ? `${row.description} (${row.partnerName})` : row.description;
    calendar.createEvent({
      id: `${row.id}@partner-atlas`,
      start: row.dueOn,
      end: addDays(row.dueOn, 1),
      allDay: true,
      summary,
      description: `${row.partnerName ? `Partner: ${row.partnerName}\n` : ''}Open in Partner Atlas: ${link}`,
      url: link,
    });
  }
  return calendar.toString();
}

/** The feed at a secret address, read from the app's database (the calendar route's loader). */
export async function loadCalendarFeed(secret: string, origin: string): Promise<string | null> {
  return calendarFeed(await getDb(), secret, origin);
}
