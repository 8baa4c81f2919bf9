'use client';

import { useState } from 'react';
import { announcing } from '@/components/relationships/announcer';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { reassignFollowUp, snoozeFollowUp } from '@/lib/relationships/follow-up-actions';
import { formatDueDay } from '@/lib/relationships/view';
import type { FollowUpView } from './follow-up-item';

type Option = { value: string; label: string };

function Hidden({ item }: { item: FollowUpView }) {
  return (
    <>
      <input type="hidden" name="followUpId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
    </>
  );
}

/** Snooze: a week on, or to a chosen day. The first due date is kept. */
const snooze = announcing(
  snoozeFollowUp,
  (data: { description: string; dueOn: string }) =>
    `Snoozed “${data.description}” until ${formatDueDay(data.dueOn)}.`,
);
const reassign = announcing(
  reassignFollowUp,
  (data: { description: string; assigneeName: string }) =>
    `“${data.description}” is now ${data.assigneeName}’s.`,
);

export function SnoozeDialog({ item, weekLater }: { item: FollowUpView; weekLater: string }) {
  const [open, setOpen] = useState(false);
  const [how, setHow] = useState<'week' | 'date'>('week');
  const { state, pending, formProps, fieldError } = useActionForm(snooze, {
    onSuccess: () => setOpen(false),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="secondary" size="sm">
          Snooze<span className="sr-only">: {item.description}</span>
        </Button>
      }
      title="Snooze this follow-up"
      description={
        <p>“{item.description}” moves to a later day. The day it was first due stays on record.</p>
      }
      confirmLabel="Snooze"
      pending={pending}
      form={formProps}
    >
      <Hidden item={item} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Until when</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="how"
            value="week"
            checked={how === 'week'}
            onChange={() => setHow('week')}
            className="size-4 accent-brand-700"
          />
          A week later ({item.weekLaterText})
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="how"
            value="date"
            checked={how === 'date'}
            onChange={() => setHow('date')}
            className="size-4 accent-brand-700"
          />
          Another day
        </label>
      </fieldset>
      {how === 'date' ? (
        <TextField
          className="mt-3"
          label="New due date"
          name="until"
          type="date"
          required
          defaultValue={weekLater}
          error={fieldError('until')}
        />
      ) : null}
      <div className="mt-3">
        <FormMessage state={state && !state.ok && !state.fieldErrors ? state : null} />
      </div>
    </ConfirmDialog>
  );
}

/** Reassign to another active member of staff. */
export function ReassignDialog({ item, people }: { item: FollowUpView; people: Option[] }) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps, fieldError } = useActionForm(reassign, {
    onSuccess: () => setOpen(false),
  });
  const others = people.filter((person) => person.value !== item.assigneeMembershipId);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="secondary" size="sm">
          Reassign<span className="sr-only">: {item.description}</span>
        </Button>
      }
      title="Reassign this follow-up"
      description={
        <p>
          “{item.description}” is {item.assigneeName}’s now. Choose who should do it instead.
        </p>
      }
      confirmLabel="Reassign"
      pending={pending}
      form={formProps}
    >
      <Hidden item={item} />
      <SelectField
        label="Assign to"
        name="assigneeMembershipId"
        required
        options={others}
        defaultValue={others[0]?.value}
        error={fieldError('assigneeMembershipId')}
      />
      <div className="mt-3">
        <FormMessage state={state && !state.ok && !state.fieldErrors ? state : null} />
      </div>
    </ConfirmDialog>
  );
}
