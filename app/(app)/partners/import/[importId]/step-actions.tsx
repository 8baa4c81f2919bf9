'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { discardImport, resumeImport, reviseImportMapping, undoImportAction } from '@/lib/import/actions';

/** Back to the columns step from the review. */
export function ReviseButton({ jobId }: { jobId: string }) {
  const { state, pending, formProps } = useActionForm(reviseImportMapping);
  return (
    <form {...formProps}>
      <input type="hidden" name="jobId" value={jobId} />
      <Button type="submit" variant="secondary" pending={pending}>
        Back to the columns
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Throws away an import that has not started. */
export function DiscardButton({ jobId }: { jobId: string }) {
  const { state, pending, formProps } = useActionForm(discardImport);
  return (
    <ConfirmDialog
      trigger={<Button variant="ghost">Discard this import</Button>}
      title="Discard this import?"
      description={<p>The file and your choices about it are thrown away. Nothing was imported yet.</p>}
      confirmLabel="Discard"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      <input type="hidden" name="jobId" value={jobId} />
      <FormMessage state={state} />
    </ConfirmDialog>
  );
}

/** Undoes a finished import as a whole. */
export function UndoButton({ jobId, created, merged }: { jobId: string; created: number; merged: number }) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(undoImportAction);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="secondary">Undo this import…</Button>}
      title="Undo this import?"
      description={
        <p>
          The {created} {created === 1 ? 'partner' : 'partners'} it brought in will be removed
          {merged ? `, and the ${merged} it merged into get back what they held before` : ''}. This is only
          possible while none of them has been changed since.
        </p>
      }
      confirmLabel="Undo the import"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      <input type="hidden" name="jobId" value={jobId} />
      <FormMessage state={state} />
    </ConfirmDialog>
  );
}

/** Picks up an import that stopped. */
export function ResumeButton({ jobId }: { jobId: string }) {
  const { state, pending, formProps } = useActionForm(resumeImport);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="jobId" value={jobId} />
      <Button type="submit" pending={pending}>
        Resume the import
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
