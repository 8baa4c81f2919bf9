'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** The Test button and what the provider's discovery document said. */
export function SsoTest({ test }: { test: FormAction<{ lines: string[] }> }) {
  const { state, pending, formProps } = useActionForm(test);
  return (
    <form {...formProps} className="mt-4 space-y-3">
      <div aria-live="polite">
        {state?.ok ? (
          <Alert tone="success" title="The provider answered">
            <ul className="list-disc space-y-1 pl-5">
              {state.data.lines.map((line) => (
                <li key={line} className="break-words">
                  {line}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>
      {state && !state.ok ? (
        <Alert tone="error" title="The test did not pass">
          <span className="break-words">{state.message}</span>
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? 'Testing…' : 'Test'}
      </Button>
    </form>
  );
}
