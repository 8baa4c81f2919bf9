'use client';

import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult, FormAction } from '@/lib/auth/action';

export type SsoChoice = { orgId: string; label: string };

type Props = {
  callbackUrl: string;
  /** The page's sign-in action. */
  signIn: FormAction<null>;
  /** Which identity providers take an email's domain (decision 0027). */
  findSso: (email: string) => Promise<SsoChoice[]>;
  /** "Sign in with …": off to the identity provider. */
  startSso: (previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;
};

const looksLikeEmail = /^[^@\s]+@[^@\s]+\.[^@\s]{2,}$/;

export function SignInForm({ callbackUrl, signIn, findSso, startSso }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(signIn);
  const [ssoState, ssoDispatch, ssoPending] = useActionState(startSso, null);
  const [email, setEmail] = useState('');
  const [choices, setChoices] = useState<SsoChoice[]>([]);
  const asked = useRef('');

  // As the email is typed, ask which library sign-in services take its domain (once per domain).
  useEffect(() => {
    const domain = looksLikeEmail.test(email.trim()) ? email.trim().split('@')[1]!.toLowerCase() : '';
    if (domain === asked.current) return;
    const timer = setTimeout(() => {
      asked.current = domain;
      if (!domain) {
        setChoices([]);
        return;
      }
      findSso(email.trim())
        .then(setChoices)
        .catch(() => setChoices([]));
    }, 300);
    return () => clearTimeout(timer);
  }, [email, findSso]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name === 'orgId') {
      event.preventDefault();
      if (ssoPending) return;
      const formData = new FormData(event.currentTarget, submitter);
      formData.delete('password');
      startTransition(() => ssoDispatch(formData));
      return;
    }
    formProps.onSubmit(event);
  };

  return (
    <form {...formProps} onSubmit={onSubmit} className="space-y-4">
      <FormMessage state={state} />
      {ssoState && !ssoState.ok ? <Alert tone="error">{ssoState.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
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
      <div aria-live="polite">
        {choices.length ? (
          <section aria-labelledby="sso-heading" className="space-y-2 border-t border-line pt-4">
            <h2 id="sso-heading" className="text-sm font-semibold">
              Or use your library account
            </h2>
            <p className="text-sm text-muted">
              No Partner Atlas password needed: you sign in where you sign in to work.
            </p>
            {choices.map((choice) => (
              <Button
                key={choice.orgId}
                type="submit"
                name="orgId"
                value={choice.orgId}
                variant="secondary"
                pending={ssoPending}
                className="w-full"
              >
                Sign in with {choice.label}
              </Button>
            ))}
          </section>
        ) : null}
      </div>
    </form>
  );
}
