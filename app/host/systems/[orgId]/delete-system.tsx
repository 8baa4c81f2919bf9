'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/**
 * Schedules a suspended system's deletion once its exact name is typed (decision 0025). A wrong
 * name is refused beside the field and what was typed stays.
 */
export function DeleteSystemForm({
  system,
  graceDays,
  schedule,
}: {
  system: { id: string; name: string };
  graceDays: number;
  schedule: FormAction<unknown>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(schedule);
  return (
    <form {...formProps} className="mt-4 space-y-4">
      <FormMessage state={state?.ok ? null : state} />
      <input type="hidden" name="orgId" value={system.id} />
      <TextField
        label={`Type “${system.name}” to confirm`}
        name="confirmName"
        autoComplete="off"
        spellCheck={false}
        required
        error={fieldError('confirmName')}
      />
      <Button type="submit" variant="danger" pending={pending}>
        Delete this system in {graceDays} days
      </Button>
    </form>
  );
}

/** Cancels a scheduled deletion: the system stays suspended. */
export function CancelDeletionForm({
  system,
  cancel,
}: {
  system: { id: string; name: string };
  cancel: FormAction<unknown>;
}) {
  const { state, pending, formProps } = useActionForm(cancel);
  return (
    <form {...formProps} className="mt-4 space-y-3">
      <FormMessage state={state?.ok ? null : state} />
      <input type="hidden" name="orgId" value={system.id} />
      <Button type="submit" variant="secondary" pending={pending}>
        Cancel the deletion
      </Button>
    </form>
  );
}
