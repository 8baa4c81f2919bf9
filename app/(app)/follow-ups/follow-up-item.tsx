'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { announcing } from '@/components/relationships/announcer';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { completeFollowUp, reopenFollowUp } from '@/lib/relationships/follow-up-actions';
import { ReassignDialog, SnoozeDialog } from './follow-up-dialogs';

/** A follow-up as the lists show it: plain data. */
export type FollowUpView = {
  id: string;
  version: number;
  description: string;
  dueOn: string;
  dueText: string;
  originalDueText: string | null;
  overdueDays: number;
  status: 'open' | 'done';
  doneText: string | null;
  assigneeMembershipId: string;
  assigneeName: string;
  partnerId: string | null;
  partnerName: string | null;
  canAct: boolean;
  /** The date a one-week snooze would move it to, and the same in words. */
  weekLater: string;
  weekLaterText: string;
};

type Props = {
  item: FollowUpView;
  people: { value: string; label: string }[];
  showPartner: boolean;
  showAssignee: boolean;
};

function StatusButton({ item }: { item: FollowUpView }) {
  const done = item.status === 'done';
  const action = useMemo(
    () =>
      announcing(done ? reopenFollowUp : completeFollowUp, (data: { description: string }) =>
        done ? `Reopened “${data.description}”.` : `Done: “${data.description}”.`,
      ),
    [done],
  );
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="contents">
      <input type="hidden" name="followUpId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <Button type="submit" size="sm" variant={done ? 'secondary' : 'primary'} pending={pending}>
        {done ? 'Reopen' : 'Mark done'}
        <span className="sr-only">: {item.description}</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** One follow-up, with what it is about, when it is due, whose it is, and what may be done with it. */
export function FollowUpItem({ item, people, showPartner, showAssignee }: Props) {
  return (
    // Side by side only where the list is wide (a container query): on a partner page's narrow
    // column the actions go under the text.
    <li className="flex flex-col gap-3 p-4 @xl:flex-row @xl:items-start @xl:justify-between">
      <div className="min-w-0 space-y-1 text-sm">
        <p className="font-medium break-words text-ink">{item.description}</p>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
          {item.status === 'done' ? (
            <span>Done {item.doneText}</span>
          ) : (
            <span>
              Due <time dateTime={item.dueOn}>{item.dueText}</time>
            </span>
          )}
          {item.status === 'open' && item.overdueDays > 0 ? (
            <Badge tone="warning">
              Overdue by {item.overdueDays} {item.overdueDays === 1 ? 'day' : 'days'}
            </Badge>
          ) : null}
          {item.originalDueText ? <span>(first due {item.originalDueText})</span> : null}
          {showAssignee ? <span>· {item.assigneeName}</span> : null}
        </p>
        {showPartner && item.partnerId ? (
          <p>
            <Link href={`/partners/${item.partnerId}`}>{item.partnerName}</Link>
          </p>
        ) : null}
      </div>
      {item.canAct ? (
        <div className="flex shrink-0 flex-wrap gap-2">
          <StatusButton item={item} />
          {item.status === 'open' ? (
            <>
              <SnoozeDialog item={item} weekLater={item.weekLater} />
              <ReassignDialog item={item} people={people} />
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
