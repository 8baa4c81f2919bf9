'use client';

import { startTransition, useActionState, useEffect, useRef } from 'react';
import type { FormAction } from '@/lib/auth/action';

/**
 * Runs a server action from a form without React's automatic form reset, so that a refused
 * submission keeps everything the user typed. `onSuccess` runs once for each saved result.
 */
export function useActionForm<T>(action: FormAction<T>, options: { onSuccess?: (data: T) => void } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const { onSuccess } = options;

  // Only a new result should trigger this, not a new callback identity.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per action result
  useEffect(() => {
    // After a refusal, take the person to the first field that needs attention.
    if (state && !state.ok && state.fieldErrors) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    if (state?.ok) onSuccess?.(state.data);
  }, [state]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };

  const fieldError = (name: string): string | undefined =>
    state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;

  return {
    state,
    pending,
    // POST even before the page's JavaScript has loaded: a GET would put passwords in the address.
    formProps: { ref: formRef, onSubmit, noValidate: true, method: 'post' },
    fieldError,
  };
}
