import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { loadAccountPage } from '@/lib/account/page-data';
import { sessionHours } from '@/lib/auth/config';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast, roleLabels } from '@/lib/auth/roles';
import { formatMoment } from '@/lib/dates';
import { resetCalendarFeed, stopCalendarFeed } from '@/lib/reminders/calendar-actions';
import { setDigestFrequency } from '@/lib/reminders/digest-actions';
import { CalendarFeed } from './calendar-feed';
import { DigestFrequencyForm } from './digest-frequency';
import { SessionActions } from './session-actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const ctx = await requirePageContext();
  const { sessions, reminders, mayHaveCalendarFeed } = await loadAccountPage(ctx);
  const others = sessions.filter((session) => !session.current).length;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Your account" />

      <Card aria-labelledby="about-heading">
        <CardTitle id="about-heading">About you</CardTitle>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted">Name</dt>
          <dd className="font-medium break-words">{ctx.name}</dd>
          <dt className="text-muted">Email</dt>
          <dd className="font-medium break-all">{ctx.email}</dd>
          <dt className="text-muted">Role</dt>
          <dd className="font-medium">
            {roleLabels[ctx.role]} at {ctx.orgName}
          </dd>
        </dl>
        <p className="mt-4 text-sm text-muted">
          Your name, email and role are kept by your library’s Partner Atlas admin: ask them to change these.
        </p>
        <Link href="/account/password" className={`${buttonClasses('secondary')} mt-4`}>
          Change password
        </Link>
      </Card>

      <Card aria-labelledby="sessions-heading">
        <CardTitle id="sessions-heading">Where you are signed in</CardTitle>
        <p className="mt-1 text-sm text-muted">
          Each browser you sign in with has a session of its own. It ends when you sign out there,
          {` ${sessionHours} hours after signing in, `}
          when your password changes, or when you end it here. Sign out everywhere else if you signed in on a
          computer you don’t use any more, or lost a phone.
        </p>
        <ul className="mt-4 divide-y divide-line border-y border-line">
          {sessions.map((session) => (
            <li key={session.id} className="py-3">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {session.browser}
                {session.current ? <Badge tone="brand">This browser</Badge> : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {formatMoment(session.startedAt, ctx.timeZone)}
                {session.otherOrgName ? ` to ${session.otherOrgName}` : ''}
                <span className="block sm:inline">
                  <span className="hidden sm:inline"> · </span>
                  Last active {formatMoment(session.lastSeenAt, ctx.timeZone)}
                </span>
              </p>
            </li>
          ))}
        </ul>
        <SessionActions otherCount={others} />
      </Card>

      <Card aria-labelledby="digest-heading">
        <CardTitle id="digest-heading">Your e-mail digest</CardTitle>
        <p className="mt-1 text-sm text-muted">
          One message with your overdue follow-ups and those due in the next seven days, your partners turning
          cold and referrals waiting for you
          {roleAtLeast(ctx.role, 'manager') ? ', and your branch at a glance' : ''}, each with a link. Times
          are your library’s ({ctx.timeZone}). It is not sent when there is nothing to say.
        </p>
        <DigestFrequencyForm frequency={reminders.digestFrequency} save={setDigestFrequency} />
      </Card>

      <Card aria-labelledby="calendar-heading">
        <CardTitle id="calendar-heading">Your follow-ups in your calendar</CardTitle>
        <p className="mt-1 text-sm text-muted">
          A private address that Outlook, Google Calendar or Apple Calendar can subscribe to: each open
          follow-up assigned to you appears on its due day, with the partner’s name and a link, and leaves the
          calendar when it is done. Calendar apps look for changes every few hours.
        </p>
        {mayHaveCalendarFeed ? (
          <CalendarFeed
            since={reminders.calendarSince ? formatMoment(reminders.calendarSince, ctx.timeZone) : null}
            reset={resetCalendarFeed}
            stop={stopCalendarFeed}
          />
        ) : (
          <p className="mt-4 text-sm">
            Viewers are not given follow-ups, so there is nothing to put in a calendar.
          </p>
        )}
      </Card>
    </div>
  );
}
