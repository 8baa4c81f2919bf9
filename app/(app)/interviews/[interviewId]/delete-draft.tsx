'use client';

import { forgetStoredDraft } from '@/components/interviews/use-draft-autosave';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { deleteDraftInterview } from '@/lib/interviews/actions';

export function DeleteDraft({ id, version }: { id: string; version: number }) {
  const { state, pending, formProps } = useActionForm(deleteDraftInterview);
  return (
    <ConfirmDialog
      trigger={<Button variant="danger">Delete draft</Button>}
      title="Delete this draft interview?"
      description="Its consent, notes, follow-ups and referrals will be removed. This cannot be undone."
      confirmLabel="Delete draft"
      tone="danger"
      pending={pending}
      form={{
        ...formProps,
        onSubmit: (event) => {
          forgetStoredDraft(id);
          formProps.onSubmit(event);
        },
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
    </ConfirmDialog>
  );
}
