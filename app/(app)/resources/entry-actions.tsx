'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { removeResource } from '@/lib/resources/actions';
import { hideResource, restoreLearnMore, unhideResource } from '@/lib/resources/visibility-actions';

type Ref = { id: string; title: string };

/** Edit and Remove for one of the organization's own resources. */
export function OwnResourceActions({ resource }: { resource: Ref & { version: number } }) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(removeResource);
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/resources/${resource.id}/edit`} className={buttonClasses('secondary', 'sm')}>
        Edit<span className="sr-only"> {resource.title}</span>
      </Link>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="ghost" size="sm">
            Remove<span className="sr-only"> {resource.title}</span>…
          </Button>
        }
        title={`Remove “${resource.title}”?`}
        description={
          <p>
            It leaves your library’s list of resources and the Learn more suggestions. The audit log keeps a
            record of what it said.
          </p>
        }
        confirmLabel="Remove resource"
        tone="danger"
        pending={pending}
        form={formProps}
      >
        {state && !state.ok ? <FormMessage state={state} /> : null}
        <input type="hidden" name="id" value={resource.id} />
        <input type="hidden" name="version" value={resource.version} />
      </ConfirmDialog>
    </div>
  );
}

/** Hides a built-in resource for the whole organization; "Hidden" below brings it back. */
export function HideResourceButton({ resource }: { resource: Ref }) {
  const { state, pending, formProps } = useActionForm(hideResource);
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={resource.id} />
      <Button type="submit" variant="ghost" size="sm" pending={pending}>
        Hide for our library<span className="sr-only">: {resource.title}</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function ShowAgainButton({ resource }: { resource: Ref }) {
  const { state, pending, formProps } = useActionForm(unhideResource);
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={resource.id} />
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        Show again<span className="sr-only">: {resource.title}</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Brings back the Learn more suggestions this person hid. */
export function RestorePanelsButton() {
  const { state, pending, formProps } = useActionForm(restoreLearnMore);
  return (
    <form {...formProps}>
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        Show them again
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
