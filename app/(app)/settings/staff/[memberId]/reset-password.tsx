'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { OneTimePasswordNotice } from '../one-time-password-notice';

type Props = {
  memberId: string;
  name: string;
  /** The page's action that makes a new one-time password. */
  reset: FormAction<{ membershipId: string; name: string; oneTimePassword: string }>;
};

export function ResetPassword({ memberId, name, reset }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(reset, {
    onSuccess: () => setOpen(false),
  });
  return (
    <div className="mt-2 space-y-4">
      <p className="text-muted">
        If {name} has forgotten their password or is locked out, make a new one-time password for them. Their
        old password stops working at once.
      </p>
      {/* Always present, so the new password is announced when it appears (focus goes back to the button). */}
      <div aria-live="polite">
        {state?.ok ? (
          <OneTimePasswordNotice
            title={`New one-time password for ${name}`}
            name={name}
            password={state.data.oneTimePassword}
          />
        ) : null}
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={<Button variant="secondary">Reset password…</Button>}
        title={`Reset ${name}’s password?`}
        description={
          <p>
            Their current password stops working now. You’ll see a one-time password to give them; they choose
            their own when they next sign in.
          </p>
        }
        confirmLabel="Reset password"
        pending={pending}
        form={formProps}
      >
        {state && !state.ok ? <FormMessage state={state} /> : null}
        <input type="hidden" name="memberId" value={memberId} />
      </ConfirmDialog>
    </div>
  );
}
