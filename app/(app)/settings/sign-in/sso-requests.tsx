'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Request = { id: string; name: string; email: string; when: string };
type Answer = FormAction<{ name: string }>;

/** People who signed in through the identity provider for the first time and wait for an admin. */
export function SsoRequests({
  requests,
  approve,
  refuse,
}: {
  requests: Request[];
  approve: Answer;
  refuse: Answer;
}) {
  if (!requests.length) {
    return (
      <p className="mt-2 text-sm text-muted">
        Nobody is waiting. New people appear here after their first sign-in.
      </p>
    );
  }
  return (
    <ul className="mt-3 divide-y divide-line">
      {requests.map((request) => (
        <RequestRow key={request.id} request={request} approve={approve} refuse={refuse} />
      ))}
    </ul>
  );
}

function RequestRow({ request, approve, refuse }: { request: Request; approve: Answer; refuse: Answer }) {
  const approving = useActionForm(approve);
  const refusing = useActionForm(refuse);
  const answered = approving.state?.ok || refusing.state?.ok;
  return (
    <li className="space-y-2 py-3">
      <p className="text-sm">
        <span className="font-medium">{request.name}</span>{' '}
        <span className="break-all text-muted">{request.email}</span>
        <span className="block text-muted">First signed in {request.when}</span>
      </p>
      <FormMessage state={approving.state} success={`${request.name} is now a member.`} />
      <FormMessage state={refusing.state} success={`${request.name}’s request was turned down.`} />
      {answered ? null : (
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
      )}
    </li>
  );
}
