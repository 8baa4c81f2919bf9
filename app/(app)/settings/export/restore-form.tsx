'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { RestoreSummary } from '@/lib/export/restore';

type Props = { holds: string[]; maxBytes: number; restore: FormAction<RestoreSummary> };

export function RestoreForm({ holds, maxBytes, restore }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(restore);
  const [tooLarge, setTooLarge] = useState<string | undefined>();
  const megabytes = maxBytes / 1024 / 1024;

  if (state?.ok) {
    const { counts, staff } = state.data;
    return (
      <Alert tone="success" title="The archive is restored." className="mt-4">
        <p>
          {counts.partners ?? 0} partners, {counts.contacts ?? 0} contacts, {counts.interactions ?? 0}{' '}
          interactions, {counts.interviews ?? 0} interviews and {counts.auditEntries ?? 0} audit entries are
          back.
        </p>
        {staff > 0 ? (
          <p className="mt-2">
            The archive names {staff} staff {staff === 1 ? 'member' : 'members'}. Those new to Partner Atlas
            are on the Staff page with no password yet: give each a one-time password there. Anyone who
            already uses Partner Atlas with another library on this service is invited instead: their
            invitation waits on the Staff page, where “New link” makes the link to send them. What they
            recorded stays, naming nobody, and follow-ups that were theirs are yours.
          </p>
        ) : null}
        <p className="mt-2">
          <Link href="/map">Open the map</Link> · <Link href="/settings/staff">Staff</Link>
        </p>
      </Alert>
    );
  }

  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (tooLarge) {
          event.preventDefault();
          return;
        }
        formProps.onSubmit(event);
      }}
      encType="multipart/form-data"
      className="mt-4 space-y-4"
    >
      {holds.length ? (
        <Alert tone="warning" title="This organization is not empty">
          It already holds {holds.join(', ')}, so a restore would be refused. Restore into a new, empty
          organization (for example on a fresh installation) instead.
        </Alert>
      ) : null}
      <FormMessage state={state} />
      <TextField
        label="Archive file"
        name="archive"
        type="file"
        accept=".zip,.json,application/zip,application/json"
        required
        hint={`The .zip from “Download the archive”, or its organization.json. At most ${megabytes} MB.`}
        error={tooLarge ?? fieldError('archive')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setTooLarge(
            file && file.size > maxBytes
              ? `This file is ${Math.round(file.size / 1024 / 1024)} MB; a restore takes at most ${megabytes} MB.`
              : undefined,
          );
        }}
      />
      <Button type="submit" pending={pending}>
        Restore this archive
      </Button>
    </form>
  );
}
