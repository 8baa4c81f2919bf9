'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { endAllSessions, endOtherSessions } from '@/lib/account/actions';

/** Ending the member's other sessions, or all of them, each behind a confirmation. */
export function SessionActions({ otherCount }: { otherCount: number }) {
  const [othersOpen, setOthersOpen] = useState(false);
  const [allOpen, setAllOpen] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);
  const others = useActionForm(endOtherSessions, {
    onSuccess: (data) => {
      setOthersOpen(false);
      setEnded(data.ended);
    },
  });
  const all = useActionForm(endAllSessions);
  const plural = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

  return (
    <div className="mt-4 space-y-4">
      <div aria-live="polite">
        {ended !== null ? (
          <Alert tone="success">
            {ended ? `Ended ${plural(ended)} elsewhere.` : 'You were not signed in anywhere else.'} Only this
            browser is signed in now.
          </Alert>
        ) : null}
      </div>
      {otherCount === 0 ? <p className="text-sm text-muted">You are not signed in anywhere else.</p> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {otherCount > 0 ? (
          <ConfirmDialog
            open={othersOpen}
            onOpenChange={setOthersOpen}
            trigger={<Button variant="secondary">Sign out everywhere else…</Button>}
            title="Sign out everywhere else?"
            description={
              <p>
                {plural(otherCount)} in other browsers will end at once; anyone using them will have to sign
                in again. You stay signed in here.
              </p>
            }
            confirmLabel="Sign out everywhere else"
            pending={others.pending}
            form={others.formProps}
          >
            {others.state && !others.state.ok ? <FormMessage state={others.state} /> : null}
          </ConfirmDialog>
        ) : null}
        <ConfirmDialog
          open={allOpen}
          onOpenChange={setAllOpen}
          trigger={<Button variant="danger">Sign out everywhere…</Button>}
          title="Sign out everywhere, here too?"
          description={
            <p>
              Every session of yours ends at once, this one included, and you go back to the sign-in page.
            </p>
          }
          confirmLabel="Sign out everywhere"
          tone="danger"
          pending={all.pending}
          form={all.formProps}
        >
          {all.state && !all.state.ok ? <FormMessage state={all.state} /> : null}
        </ConfirmDialog>
      </div>
    </div>
  );
}
