import { addDays, type Day, dayOf, daysBetween, formatDayWithWeekday, laterDay } from '@/lib/dates';
// Type only: this module stays safe in the browser.
import type { FollowUpItem } from './follow-up-queries';

// Plain data for the follow-up lists (client components get no database rows). Due days are
// calendar days and read the same everywhere; "today", "overdue" and the day a follow-up was done
// are the organization's (lib/dates).

/** A due day as the follow-up lists say it: "Sun, Nov 1, 2026". */
export const formatDueDay = formatDayWithWeekday;

/** `today` is today in the organization's zone, and `timeZone` that zone. */
export function followUpView(item: FollowUpItem, today: Day, timeZone: string) {
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
    doneText: item.doneAt ? formatDueDay(dayOf(item.doneAt, timeZone)) : null,
    assigneeMembershipId: item.assigneeMembershipId,
    assigneeName: item.assigneeName,
    partnerId: item.partnerId,
    partnerName: item.partnerName,
    canAct: item.canAct,
    weekLater: addDays(laterDay(item.dueOn, today), 7),
    weekLaterText: formatDueDay(addDays(laterDay(item.dueOn, today), 7)),
  };
}
