'use client';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { createFollowUp } from '@/lib/relationships/follow-up-actions';
import { relationshipLimits } from '@/lib/relationships/validation';

type Props = {
  partnerId: string;
  workers: { value: string; label: string }[];
  me: string;
  defaultDue: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Adds a follow-up about the partner: what, who, by when. */
export function FollowUpForm({ partnerId, workers, me, defaultDue, onDone, onCancel }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(createFollowUp, {
    onSuccess: (data) => onDone(`Follow-up added: “${data.description}”.`),
  });
  return (
    <form
      {...formProps}
      aria-label="New follow-up"
      className="space-y-3 rounded-md border border-line bg-paper p-4"
    >
      <input type="hidden" name="partnerId" value={partnerId} />
      <TextField
        label="What"
        name="description"
        required
        autoFocus
        maxLength={relationshipLimits.followUp}
        autoComplete="off"
        error={fieldError('description')}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Who"
          name="assigneeMembershipId"
          required
          options={workers}
          defaultValue={workers.some((w) => w.value === me) ? me : workers[0]?.value}
          error={fieldError('assigneeMembershipId')}
        />
        <TextField
          label="By when"
          name="dueOn"
          type="date"
          required
          defaultValue={defaultDue}
          error={fieldError('dueOn')}
        />
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          Add follow-up
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
