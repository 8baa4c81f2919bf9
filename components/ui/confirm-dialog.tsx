'use client';

import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { Button } from './button';

type FormProps = React.FormHTMLAttributes<HTMLFormElement> & { ref?: React.Ref<HTMLFormElement> };

type Props = {
  /** The one element that opens the dialog, usually a `Button`. */
  trigger: React.ReactElement;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** `danger` for something hard to undo. */
  tone?: 'danger' | 'primary';
  /** Marks the confirm button busy; the dialog cannot be dismissed meanwhile. */
  pending?: boolean;
  /** Control the dialog from outside, for example to close it once a server action succeeded. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A plain callback: the dialog closes once it has run. */
  onConfirm?: () => void | Promise<void>;
  /**
   * A form (for example `formProps` from `useActionForm`): the buttons go inside it and confirming
   * submits it. The dialog stays open, showing any refusal, until you close it.
   */
  form?: FormProps;
  /** Shown between the description and the buttons: hidden inputs, a form's error message. */
  children?: React.ReactNode;
};

/**
 * Asks before doing something that matters. Built on Radix's alert dialog: focus moves to
 * Cancel when it opens (a stray Enter never confirms), stays inside it, Escape cancels, and
 * focus returns to the trigger when it closes.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'primary',
  pending = false,
  open,
  onOpenChange,
  onConfirm,
  form,
  children,
}: Props) {
  const [openInside, setOpenInside] = useState(false);
  const isOpen = open ?? openInside;
  const setOpen = (next: boolean) => {
    if (pending && !next) return;
    if (open === undefined) setOpenInside(next);
    onOpenChange?.(next);
  };

  const buttons = (
    <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <AlertDialog.Cancel asChild>
        <Button variant="secondary" disabled={pending}>
          {cancelLabel}
        </Button>
      </AlertDialog.Cancel>
      {form ? (
        <Button type="submit" variant={tone} pending={pending}>
          {confirmLabel}
        </Button>
      ) : (
        <Button
          variant={tone}
          pending={pending}
          onClick={async () => {
            await onConfirm?.();
            setOpen(false);
          }}
        >
          {confirmLabel}
        </Button>
      )}
    </div>
  );

  return (
    <AlertDialog.Root open={isOpen} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-stone-950/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border border-line bg-white p-6 text-ink shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-muted">{description}</div>
          </AlertDialog.Description>
          {form ? (
            <form {...form} className="mt-4">
              {children}
              {buttons}
            </form>
          ) : (
            <>
              {children ? <div className="mt-4">{children}</div> : null}
              {buttons}
            </>
          )}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
