'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** The test-message button and what came of it. */
export function TestMessage({ send }: { send: FormAction<{ to: string; host: string }> }) {
  const { state, pending, formProps } = useActionForm(send);
  return (
    <form {...formProps} className="mt-4 space-y-3">
      <div aria-live="polite">
        {state?.ok ? (
          <Alert tone="success">
            Sent to {state.data.to} through {state.data.host}. If it does not arrive within a few minutes,
            look in the spam folder.
          </Alert>
        ) : null}
      </div>
      {state && !state.ok ? (
        <Alert tone="error" title="The test message was not sent">
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Sending…' : 'Send a test message'}
      </Button>
    </form>
  );
}
