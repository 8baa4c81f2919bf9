'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** `signIn`: the page's sign-in action. */
export function SignInForm({ callbackUrl, signIn }: { callbackUrl: string; signIn: FormAction<null> }) {
  const { state, pending, formProps, fieldError } = useActionForm(signIn);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        error={fieldError('email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('password')}
      />
      <Button type="submit" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
