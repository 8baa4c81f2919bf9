'use client';

import { useEffect, useState } from 'react';
import { StageChoice } from '@/components/partners/stage-choice';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';
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

/** The partner as the log form needs it: to offer moving its stage in the same step. */
export type LogPartner = { id: string; name: string; stage: RelationshipStage; version: number };

type Props = {
  partnerId: string;
  partner: LogPartner;
  /** Given when editing a logged contact. */
  interaction?: InteractionValues;
  members: Option[];
  workers: Option[];
  me: string;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * Logs a call, meeting or visit with a partner (and, optionally, the follow-up agreed and the stage it
 * moved them to), or edits one.
 */
export function InteractionForm({
  partnerId,
  partner,
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
    {
      onSuccess: (data) => {
        if (interaction) return onDone('Your changes are saved.');
        const movedTo = 'movedTo' in data ? (data.movedTo as RelationshipStage | null) : null;
        onDone(
          movedTo
            ? `It is on the timeline, and ${partner.name} is now at ${stageLabels[movedTo]}.`
            : 'It is on the timeline.',
        );
      },
    },
  );
  const [startVersion] = useState(interaction?.version);
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
      aria-label={interaction ? 'Edit what was logged' : 'Log a call, meeting or visit'}
      className="space-y-4 rounded-md border border-line bg-paper p-4"
    >
      {interaction ? (
        <>
          <input type="hidden" name="interactionId" value={interaction.id} />
          <input type="hidden" name="version" value={startVersion ?? interaction.version} />
        </>
      ) : (
        <input type="hidden" name="partnerId" value={partnerId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${prefix}-kind`}
          label="Kind"
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
      {interaction ? null : <StageMoveFields partner={partner} fieldError={fieldError} />}
      {interaction ? null : <FollowUpFields workers={workers} me={me} fieldError={fieldError} />}
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {interaction ? 'Save changes' : 'Log it'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Moving the stage in the same step: off until ticked, then the next step on the path is offered. */
function StageMoveFields({
  partner,
  fieldError,
}: {
  partner: LogPartner;
  fieldError: (name: string) => string | undefined;
}) {
  const [move, setMove] = useState(false);
  return (
    <fieldset className="space-y-3 rounded-md border border-line bg-white p-3">
      <legend className="px-1 text-sm font-medium text-ink">
        Stage <span className="font-normal text-muted">(optional)</span>
      </legend>
      <input type="hidden" name="partnerVersion" value={partner.version} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="moveStage"
          checked={move}
          onChange={(event) => setMove(event.target.checked)}
          className="mt-0.5 size-4 shrink-0 accent-brand-700"
        />
        <span>
          This moved {partner.name} on from {stageLabels[partner.stage]}
        </span>
      </label>
      {move ? <StageChoice current={partner.stage} fieldError={fieldError} /> : null}
    </fieldset>
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
