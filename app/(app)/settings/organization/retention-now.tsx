'use client';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { PurgeCounts } from '@/lib/retention/purge';

/** Removes now what the daily pass would remove tonight, after asking. */
export function RetentionNow({
  description,
  applyNow,
}: {
  description: string;
  applyNow: FormAction<PurgeCounts>;
}) {
  const { state, pending, formProps } = useActionForm(applyNow);
  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">Remove them now…</Button>}
      title="Remove what is past its date now?"
      description={<p>{description} This cannot be undone.</p>}
      confirmLabel="Remove now"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      <FormMessage state={state} />
    </ConfirmDialog>
  );
}
