'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { archivePartner, restorePartner } from '@/lib/partners/actions';

type Props = { partner: { id: string; version: number; name: string; archived: boolean } };

/** Archive or restore behind a confirmation. Archiving never deletes anything. */
export function PartnerStatus({ partner }: Props) {
  const [open, setOpen] = useState(false);
  const archive = useActionForm(archivePartner);
  const restore = useActionForm(restorePartner);
  const current = partner.archived ? restore : archive;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="secondary">{partner.archived ? 'Restore…' : 'Archive…'}</Button>}
      title={partner.archived ? `Restore ${partner.name}?` : `Archive ${partner.name}?`}
      description={
        partner.archived ? (
          <p>It comes back to the map, the partner list and exports, with everything it had.</p>
        ) : (
          <>
            <p>
              It leaves the map, the partner list and exports. Nothing is deleted: its details, contacts and
              history stay.
            </p>
            <p>You can restore it at any time from its page (find it with the “archived” filter).</p>
          </>
        )
      }
      confirmLabel={partner.archived ? 'Restore' : 'Archive'}
      pending={current.pending}
      form={current.formProps}
    >
      {current.state && !current.state.ok ? <FormMessage state={current.state} /> : null}
      <VersionFields id={partner.id} version={partner.version} />
    </ConfirmDialog>
  );
}
