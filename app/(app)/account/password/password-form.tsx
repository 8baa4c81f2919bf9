'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { changePassword } from '@/lib/account/actions';

export function PasswordForm({ oneTime }: { oneTime: boolean }) {
  const { state, pending, formProps, fieldError } = useActionForm(changePassword);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <TextField
        label={oneTime ? 'One-time password' : 'Current password'}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('currentPassword')}
      />
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
