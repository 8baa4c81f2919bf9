'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { deleteContact } from '@/lib/partners/contact-actions';

type Props = { contact: { id: string; version: number; name: string }; onRemoved: (message: string) => void };

/** Removes a contact for good, after asking. The audit log keeps that it happened. */
export function RemoveContact({ contact, onRemoved }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(deleteContact, {
    onSuccess: (data) => {
      setOpen(false);
      onRemoved(`${data.name} is removed.`);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm">
          Remove<span className="sr-only"> {contact.name}</span>
        </Button>
      }
      title={`Remove ${contact.name}?`}
      description={
        <p>
          Their details are deleted from this partner. The partner’s history keeps a note that you removed
          them.
        </p>
      }
      confirmLabel="Remove contact"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <VersionFields idName="contactId" id={contact.id} version={contact.version} />
    </ConfirmDialog>
  );
}
