'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Changed = { name: string; sessionsEnded: number };

/** Suspends an open library system, or reopens a suspended one, after asking. */
export function SuspendToggle({
  system,
  suspend,
  reopen,
}: {
  system: { id: string; name: string; suspended: boolean };
  suspend: FormAction<Changed>;
  reopen: FormAction<Changed>;
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(system.suspended ? reopen : suspend, {
    onSuccess: () => setOpen(false),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="secondary" size="sm">
          {system.suspended ? 'Reopen' : 'Suspend'}
          <span className="sr-only"> {system.name}</span>
        </Button>
      }
      title={system.suspended ? `Reopen ${system.name}?` : `Suspend ${system.name}?`}
      description={
        system.suspended
          ? 'Its members can sign in again with their own passwords. Everything they had is still there.'
          : 'Everyone signed in to it is signed out now, and nobody can sign in until you reopen it. Its records are kept.'
      }
      confirmLabel={system.suspended ? 'Reopen' : 'Suspend'}
      tone={system.suspended ? 'primary' : 'danger'}
      pending={pending}
      form={formProps}
    >
      <input type="hidden" name="orgId" value={system.id} />
      <FormMessage state={state?.ok ? null : state} />
    </ConfirmDialog>
  );
}
