'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

export function PasswordForm({
  oneTime,
  asksForCurrent,
  save,
}: {
  oneTime: boolean;
  /** False just after signing in with the one-time password: it was typed a moment ago. */
  asksForCurrent: boolean;
  save: FormAction<null>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      {asksForCurrent ? (
        <TextField
          label={oneTime ? 'One-time password' : 'Current password'}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError('currentPassword')}
        />
      ) : null}
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        error={fieldError('newPassword')}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError('confirmPassword')}
      />
      <Button type="submit" pending={pending}>
        Save new password
      </Button>
    </form>
  );
}
