'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** A person new to Partner Atlas: their name and a password of their own, then they are in. */
export function NewPersonForm({
  token,
  email,
  name,
  join,
}: {
  token: string;
  email: string;
  name: string;
  join: FormAction<null>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(join);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        label="Your name"
        name="name"
        required
        defaultValue={name}
        autoComplete="name"
        hint="As your colleagues will see it."
        error={fieldError('name')}
      />
      <TextField
        label="Password"
        name="newPassword"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a good one."
        error={fieldError('newPassword')}
      />
      <TextField
        label="Password again"
        name="confirmPassword"
        type="password"
        required
        autoComplete="new-password"
        error={fieldError('confirmPassword')}
      />
      <Button type="submit" pending={pending} className="w-full">
        Join and sign in
      </Button>
    </form>
  );
}

/** The signed-in owner of the invited address: one button joins. */
export function AcceptForm({
  token,
  orgName,
  accept,
}: {
  token: string;
  orgName: string;
  accept: FormAction<null>;
}) {
  const { state, pending, formProps } = useActionForm(accept);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending} className="w-full">
        Join {orgName}
      </Button>
    </form>
  );
}

/** The owner of an existing account, not signed in: their password joins and signs them in. */
export function PasswordJoinForm({
  token,
  email,
  orgName,
  join,
}: {
  token: string;
  email: string;
  orgName: string;
  join: FormAction<null>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(join);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        label="Your Partner Atlas password"
        name="password"
        type="password"
        required
        autoComplete="current-password"
        hint={`The password of the account for ${email}.`}
        error={fieldError('password')}
      />
      <Button type="submit" pending={pending} className="w-full">
        Join {orgName} and sign in
      </Button>
    </form>
  );
}
