import { addDays, daysBetween, laterDay, todayOf } from './days';
// Type only: this module stays safe in the browser.
import type { FollowUpItem } from './queries';

// Plain data for the follow-up lists (client components get no database rows). Days are calendar
// days and read the same everywhere; a moment is shown in UTC like the partner pages.

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDueDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function followUpView(item: FollowUpItem, now = new Date()) {
  const today = todayOf(now);
  return {
    id: item.id,
    version: item.version,
    description: item.description,
    dueOn: item.dueOn,
    dueText: formatDueDay(item.dueOn),
    originalDueText:
      item.originalDueOn && item.originalDueOn !== item.dueOn ? formatDueDay(item.originalDueOn) : null,
    overdueDays: Math.max(0, daysBetween(item.dueOn, today)),
    status: item.status,
    doneText: item.doneAt ? formatDueDay(item.doneAt.toISOString().slice(0, 10)) : null,
    assigneeMembershipId: item.assigneeMembershipId,
    assigneeName: item.assigneeName,
    partnerId: item.partnerId,
    partnerName: item.partnerName,
    canAct: item.canAct,
    weekLater: addDays(laterDay(item.dueOn, today), 7),
    weekLaterText: formatDueDay(addDays(laterDay(item.dueOn, today), 7)),
  };
}
