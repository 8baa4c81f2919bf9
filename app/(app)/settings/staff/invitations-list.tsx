'use client';

import { useState } from 'react';
import { InvitationLinkNotice, type Mailed } from '@/components/settings/invitation-link-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** A pending invitation as the page passes it: its dates already the library's. */
export type PendingRow = {
  invitationId: string;
  email: string;
  name: string;
  roleLabel: string;
  homeBranchName: string | null;
  expiresOn: string;
  expiresDay: string;
};

type Revoke = FormAction<{ invitationId: string; email: string }>;
type Renew = FormAction<{
  invitationId: string;
  email: string;
  link: string;
  expiresOn: string;
  mailed: Mailed;
}>;

/** Invitations still waiting: what each offers, until when, and the buttons to withdraw or renew it. */
export function InvitationsList({
  rows,
  revoke,
  renew,
}: {
  rows: PendingRow[];
  revoke: Revoke;
  renew: Renew;
}) {
  return (
    <ul className="divide-y divide-line">
      {rows.map((row) => (
        <InvitationItem key={row.invitationId} row={row} revoke={revoke} renew={renew} />
      ))}
    </ul>
  );
}

function InvitationItem({ row, revoke, renew }: { row: PendingRow; revoke: Revoke; renew: Renew }) {
  const [open, setOpen] = useState(false);
  const revoking = useActionForm(revoke, { onSuccess: () => setOpen(false) });
  const renewing = useActionForm(renew);
  const who = row.name ? `${row.name} (${row.email})` : row.email;
  return (
    <li className="space-y-3 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium break-all">{who}</p>
          <p className="text-sm text-muted">
            {row.roleLabel}
            {row.homeBranchName ? `, ${row.homeBranchName}` : ''} · link works until{' '}
            <time dateTime={row.expiresDay}>{row.expiresOn}</time>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <form {...renewing.formProps}>
            <input type="hidden" name="invitationId" value={row.invitationId} />
            <Button type="submit" variant="secondary" size="sm" pending={renewing.pending}>
              New link<span className="sr-only"> for {row.email}</span>
            </Button>
          </form>
          <ConfirmDialog
            open={open}
            onOpenChange={setOpen}
            trigger={
              <Button variant="ghost" size="sm">
                Revoke<span className="sr-only"> the invitation for {row.email}</span>
              </Button>
            }
            title={`Revoke the invitation for ${row.email}?`}
            description={<p>Its link stops working at once. You can invite them again later.</p>}
            confirmLabel="Revoke invitation"
            tone="danger"
            pending={revoking.pending}
            form={revoking.formProps}
          >
            {revoking.state && !revoking.state.ok ? <FormMessage state={revoking.state} /> : null}
            <input type="hidden" name="invitationId" value={row.invitationId} />
          </ConfirmDialog>
        </div>
      </div>
      <div aria-live="polite">
        {renewing.state?.ok ? (
          <InvitationLinkNotice
            title={`New invitation link for ${row.email}`}
            email={row.email}
            link={renewing.state.data.link}
            expiresOn={renewing.state.data.expiresOn}
            mailed={renewing.state.data.mailed}
          />
        ) : renewing.state ? (
          <FormMessage state={renewing.state} />
        ) : null}
      </div>
    </li>
  );
}
