'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { deleteInteraction } from '@/lib/relationships/interaction-actions';

type Props = {
  interaction: { id: string; version: number; label: string };
  onRemoved: (message: string) => void;
};

/** Removes a call, meeting or visit logged by mistake, after asking. The audit log keeps that it happened. */
export function RemoveInteraction({ interaction, onRemoved }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(deleteInteraction, {
    onSuccess: () => {
      setOpen(false);
      onRemoved('It is removed from the timeline.');
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm">
          Remove<span className="sr-only"> {interaction.label}</span>
        </Button>
      }
      title={`Remove ${interaction.label}?`}
      description={
        <p>
          {interaction.label} leaves the timeline, and the partner’s last contact date is worked out again.
          Follow-ups agreed in it stay.
        </p>
      }
      confirmLabel="Remove from the timeline"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="interactionId" value={interaction.id} />
      <input type="hidden" name="version" value={interaction.version} />
    </ConfirmDialog>
  );
}
