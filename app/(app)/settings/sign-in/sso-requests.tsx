'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Request = { id: string; name: string; email: string; when: string };
type Answer = FormAction<{ name: string }>;

/**
 * People who signed in through the identity provider for the first time and wait for an admin. The
 * answers' outcome is kept here, above the list, since an answered request leaves the list at once.
 */
export function SsoRequests({
  requests,
  approve,
  refuse,
}: {
  requests: Request[];
  approve: Answer;
  refuse: Answer;
}) {
  const approving = useActionForm(approve);
  const refusing = useActionForm(refuse);
  const refusal = [approving.state, refusing.state].find((state) => state && !state.ok);
  return (
    <div className="mt-3 space-y-3">
      <div aria-live="polite">
        {approving.state?.ok ? (
          <Alert tone="success">{approving.state.data.name} is now a member.</Alert>
        ) : null}
        {refusing.state?.ok ? (
          <Alert tone="success">{refusing.state.data.name}’s request was turned down.</Alert>
        ) : null}
      </div>
      {refusal && !refusal.ok ? <Alert tone="error">{refusal.message}</Alert> : null}
      {requests.length ? (
        <ul className="divide-y divide-line">
          {requests.map((request) => (
            <li key={request.id} className="space-y-2 py-3">
              <p className="text-sm">
                <span className="font-medium">{request.name}</span>{' '}
                <span className="break-all text-muted">{request.email}</span>
                <span className="block text-muted">First signed in {request.when}</span>
              </p>
              <div className="flex flex-wrap gap-2">
                <form {...approving.formProps}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <Button
                    type="submit"
                    size="sm"
                    pending={approving.pending}
                    aria-label={`Approve ${request.name}`}
                  >
                    Approve
                  </Button>
                </form>
                <form {...refusing.formProps}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <Button
                    type="submit"
                    size="sm"
                    variant="secondary"
                    pending={refusing.pending}
                    aria-label={`Turn down ${request.name}`}
                  >
                    Turn down
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">
          Nobody is waiting. New people appear here after their first sign-in.
        </p>
      )}
    </div>
  );
}
