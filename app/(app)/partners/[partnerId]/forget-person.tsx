'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { forgetPartner } from '@/lib/forget/actions';

type Props = { partner: { id: string; name: string } };

/** A person who is a partner asks to be forgotten: managers and admins do it, after reading what it means. */
export function ForgetPerson({ partner }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(forgetPartner);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="secondary">Forget this person…</Button>}
      title={`Forget ${partner.name}?`}
      description={
        <>
          <p>
            Do this when {partner.name} asks the library to forget them. Their name, how to reach them, where
            they live, their contacts, what they said in interviews, notes about them and every mention of
            them elsewhere are removed, from the audit log, past imports and exports too.
          </p>
          <p>
            The record stays, archived and without a name, so counts stay right, and the audit log says that a
            person was removed. This cannot be undone.
          </p>
        </>
      }
      confirmLabel="Forget this person"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="id" value={partner.id} />
    </ConfirmDialog>
  );
}
