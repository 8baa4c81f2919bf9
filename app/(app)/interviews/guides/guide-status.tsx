'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { restoreGuide, retireGuide } from '@/lib/interviews/guide-actions';

type Props = {
  guide: { id: string; version: number; name: string; retired: boolean; interviewCount: number };
};

/** Retire or restore a guide behind a confirmation. Retiring deletes nothing. */
export function GuideStatus({ guide }: Props) {
  const [open, setOpen] = useState(false);
  const retire = useActionForm(retireGuide);
  const restore = useActionForm(restoreGuide);
  const current = guide.retired ? restore : retire;
  const held =
    guide.interviewCount === 1 ? 'The interview held' : `The ${guide.interviewCount} interviews held`;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="secondary" size="sm">
          {guide.retired ? 'Restore…' : 'Retire…'}
          <span className="sr-only"> {guide.name}</span>
        </Button>
      }
      title={guide.retired ? `Restore ${guide.name}?` : `Retire ${guide.name}?`}
      description={
        guide.retired ? (
          <p>Staff can start new interviews with it again.</p>
        ) : (
          <>
            <p>Staff can no longer start new interviews with it. Nothing is deleted.</p>
            {guide.interviewCount > 0 ? (
              <p>{held} with it keep it, with the questions they were asked.</p>
            ) : null}
            <p>You can restore it at any time from this list.</p>
          </>
        )
      }
      confirmLabel={guide.retired ? 'Restore' : 'Retire'}
      pending={current.pending}
      form={current.formProps}
    >
      {current.state && !current.state.ok ? <FormMessage state={current.state} /> : null}
      <input type="hidden" name="id" value={guide.id} />
      <input type="hidden" name="version" value={guide.version} />
    </ConfirmDialog>
  );
}
