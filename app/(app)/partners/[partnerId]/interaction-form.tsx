'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { createInteraction, updateInteraction } from '@/lib/relationships/interaction-actions';
import { relationshipLimits } from '@/lib/relationships/validation';
import { interactionKindOptions } from '@/lib/relationships/vocabulary';

type Option = { value: string; label: string };

export type InteractionValues = {
  id: string;
  version: number;
  kind: string;
  day: string;
  note: string;
  participantIds: string[];
};

type Props = {
  partnerId: string;
  /** Given when editing a logged contact. */
  interaction?: InteractionValues;
  members: Option[];
  workers: Option[];
  me: string;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Logs a contact with a partner (and, optionally, the follow-up agreed), or edits one. */
export function InteractionForm({
  partnerId,
  interaction,
  members,
  workers,
  me,
  today,
  onDone,
  onCancel,
}: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(
    interaction ? updateInteraction : createInteraction,
    { onSuccess: () => onDone(interaction ? 'The contact is saved.' : 'The contact is logged.') },
  );
  const [timeZone, setTimeZone] = useState('');
  const [startVersion] = useState(interaction?.version);
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const prefix = interaction ? `interaction-${interaction.id}` : 'new-interaction';
  useEffect(() => document.getElementById(`${prefix}-kind`)?.focus(), [prefix]);
  // Someone who took part and has since left stays on the record.
  const options = [
    ...members,
    ...(interaction?.participantIds ?? [])
      .filter((id) => !members.some((m) => m.value === id))
      .map((id) => ({ value: id, label: 'Former member' })),
  ];

  return (
    <form
      {...formProps}
      aria-label={interaction ? 'Edit contact' : 'Log a contact'}
      className="space-y-4 rounded-md border border-line bg-paper p-4"
    >
      {interaction ? (
        <>
          <input type="hidden" name="interactionId" value={interaction.id} />
          <input type="hidden" name="version" value={startVersion ?? interaction.version} />
          <input type="hidden" name="timeZone" value={timeZone} />
        </>
      ) : (
        <input type="hidden" name="partnerId" value={partnerId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${prefix}-kind`}
          label="Kind of contact"
          name="kind"
          required
          defaultValue={interaction?.kind ?? 'meeting'}
          options={interactionKindOptions}
          error={fieldError('kind')}
        />
        <TextField
          label="Date"
          name="occurredOn"
          type="date"
          required
          max={today}
          defaultValue={interaction?.day ?? today}
          error={fieldError('occurredOn')}
        />
      </div>
      <div className="max-h-56 overflow-y-auto rounded-md border border-line bg-white p-3">
        <CheckboxGroup
          legend="Who took part"
          name="participants"
          options={options}
          defaultValue={interaction?.participantIds ?? [me]}
          error={fieldError('participants')}
          columns={2}
        />
      </div>
      <TextAreaField
        label="Note"
        name="note"
        rows={3}
        maxLength={relationshipLimits.note}
        defaultValue={interaction?.note}
        hint="What happened and what was agreed. Only what the work needs: never immigration status or anything like it."
        error={fieldError('note')}
      />
      {interaction ? null : <FollowUpFields workers={workers} me={me} fieldError={fieldError} />}
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {interaction ? 'Save contact' : 'Log contact'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function FollowUpFields({
  workers,
  me,
  fieldError,
}: {
  workers: Option[];
  me: string;
  fieldError: (name: string) => string | undefined;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-line bg-white p-3">
      <legend className="px-1 text-sm font-medium text-ink">
        Follow-up <span className="font-normal text-muted">(optional)</span>
      </legend>
      <p className="text-sm text-muted">Something to do next, for one person, by a date.</p>
      <TextField
        label="What"
        name="followUpDescription"
        maxLength={relationshipLimits.followUp}
        autoComplete="off"
        hint="For example “Send the summer reading flyer”."
        error={fieldError('followUpDescription')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Who"
          name="followUpAssignee"
          defaultValue={workers.some((w) => w.value === me) ? me : (workers[0]?.value ?? '')}
          options={workers}
          error={fieldError('followUpAssignee')}
        />
        <TextField label="By when" name="followUpDueOn" type="date" error={fieldError('followUpDueOn')} />
      </div>
    </fieldset>
  );
}
