'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

export function HostPasswordForm({ change }: { change: FormAction<null> }) {
  const { state, pending, formProps, fieldError } = useActionForm(change);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters. A short sentence is easy to remember and hard to guess."
        error={fieldError('newPassword')}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        required
        autoComplete="new-password"
        error={fieldError('confirmPassword')}
      />
      <Button type="submit" pending={pending} className="w-full">
        Save password
      </Button>
    </form>
  );
}
