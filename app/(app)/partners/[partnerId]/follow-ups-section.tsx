'use client';

import { useState } from 'react';
import { Announcer, announce } from '@/components/relationships/announcer';
import { Button } from '@/components/ui/button';
import type { FollowUpView } from '../../follow-ups/follow-up-item';
import { FollowUpList } from '../../follow-ups/follow-up-list';
import { FollowUpForm } from './follow-up-form';

type Props = {
  partnerId: string;
  open: FollowUpView[];
  done: FollowUpView[];
  canAdd: boolean;
  workers: { value: string; label: string }[];
  me: string;
  defaultDue: string;
};

/** The partner's follow-ups, with the same actions as on the follow-ups page. */
export function FollowUpsSection({ partnerId, open, done, canAdd, workers, me, defaultDue }: Props) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="mt-3 space-y-3">
      <Announcer />
      <FollowUpList
        items={open}
        label="Open follow-ups"
        people={workers}
        showPartner={false}
        showAssignee
        empty="No open follow-ups."
      />
      {canAdd ? (
        adding ? (
          <FollowUpForm
            partnerId={partnerId}
            workers={workers}
            me={me}
            defaultDue={defaultDue}
            onDone={(message) => {
              setAdding(false);
              announce(message);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add a follow-up
          </Button>
        )
      ) : null}
      {done.length ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            Recently done ({done.length})
          </summary>
          <FollowUpList
            items={done}
            label="Recently done follow-ups"
            people={workers}
            showPartner={false}
            showAssignee
            empty=""
          />
        </details>
      ) : null}
    </div>
  );
}
