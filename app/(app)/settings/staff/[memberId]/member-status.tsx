'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type StatusAction = FormAction<{ membershipId: string; name: string; version: number }>;
type Props = {
  memberId: string;
  version: number;
  name: string;
  active: boolean;
  isSelf: boolean;
  /** The page's actions that deactivate and reactivate the member. */
  deactivateMember: StatusAction;
  reactivateMember: StatusAction;
};

/** Deactivate or reactivate, behind a confirmation. One trigger button, so focus stays put when it flips. */
export function MemberStatus({
  memberId,
  version,
  name,
  active,
  isSelf,
  deactivateMember,
  reactivateMember,
}: Props) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<'deactivated' | 'reactivated' | null>(null);
  const deactivate = useActionForm(deactivateMember, {
    onSuccess: () => {
      setOpen(false);
      setDone('deactivated');
    },
  });
  const reactivate = useActionForm(reactivateMember, {
    onSuccess: () => {
      setOpen(false);
      setDone('reactivated');
    },
  });
  const current = active ? deactivate : reactivate;

  return (
    <div className="mt-2 space-y-4">
      {done === 'deactivated' && !active ? (
        <Alert tone="success">{name} is deactivated. Everything they recorded stays.</Alert>
      ) : null}
      {done === 'reactivated' && active ? (
        <Alert tone="success">{name} can sign in again with their password.</Alert>
      ) : null}
      <p className="text-muted">
        {active
          ? `Deactivate ${isSelf ? 'your account' : name} when ${isSelf ? 'you' : 'they'} leave or no longer need Partner Atlas. Partners, interviews and notes ${isSelf ? 'you' : 'they'} recorded all stay.`
          : `${name} can’t sign in. Reactivate them to let them back in with their existing password.`}
      </p>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant={active ? 'danger' : 'secondary'}>{active ? 'Deactivate…' : 'Reactivate…'}</Button>
        }
        title={active ? `Deactivate ${isSelf ? 'your own account' : name}?` : `Reactivate ${name}?`}
        description={
          active ? (
            <>
              <p>
                {isSelf
                  ? 'You will be signed out at once and won’t be able to sign in again until another admin reactivates you.'
                  : `${name} will be signed out at once and won’t be able to sign in.`}
              </p>
              <p>
                {isSelf
                  ? 'Nothing you recorded is deleted.'
                  : 'Nothing they recorded is deleted, and you can reactivate them later.'}
              </p>
            </>
          ) : (
            <p>
              {name} will be able to sign in again with their existing password, in the same role as before.
            </p>
          )
        }
        confirmLabel={active ? 'Deactivate' : 'Reactivate'}
        tone={active ? 'danger' : 'primary'}
        pending={current.pending}
        form={current.formProps}
      >
        {current.state && !current.state.ok ? <FormMessage state={current.state} /> : null}
        <input type="hidden" name="memberId" value={memberId} />
        <input type="hidden" name="version" value={version} />
      </ConfirmDialog>
    </div>
  );
}
