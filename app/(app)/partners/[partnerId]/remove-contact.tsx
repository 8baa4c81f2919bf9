'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { deleteContact } from '@/lib/partners/contact-actions';

type Props = {
  contact: { id: string; version: number; name: string };
  canForget: boolean;
  onRemoved: (message: string) => void;
};

/**
 * Removes a contact for good, after asking: their details go from the partner, its history and the
 * audit log, which keep only that a contact was removed. Managers may also forget them everywhere.
 */
export function RemoveContact({ contact, canForget, onRemoved }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(deleteContact, {
    onSuccess: (data) => {
      setOpen(false);
      onRemoved(
        data.forgotten ? `${data.name} is removed and forgotten everywhere.` : `${data.name} is removed.`,
      );
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
          Their name, email, phone and notes are deleted from this partner, its history and the audit log. The
          history keeps only a note that a contact was removed, by you, today.
        </p>
      }
      confirmLabel="Remove contact"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      {canForget ? (
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input type="checkbox" name="forget" className="mt-1" />
          <span>
            Also forget them everywhere: remove interview answers that name them, and their name, email and
            phone from notes, takeaways, referrals and past imports. This cannot be undone.
          </span>
        </label>
      ) : null}
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <VersionFields idName="contactId" id={contact.id} version={contact.version} />
    </ConfirmDialog>
  );
}
