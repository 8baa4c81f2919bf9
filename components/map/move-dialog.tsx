'use client';

import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Button } from '@/components/ui/button';

type Props = {
  /** The partner being moved, or null when no move waits for an answer. */
  name: string | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * "Move Riverside Teen Center here?" A dropped pin moves nothing until the person says so; Cancel
 * (or Escape) puts it back. Focus starts on Cancel, so a stray Enter never moves a partner.
 */
export function MoveDialog({ name, pending, onConfirm, onCancel }: Props) {
  return (
    <AlertDialog.Root
      open={name !== null}
      onOpenChange={(open) => {
        if (!open && !pending) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-[1200] bg-stone-950/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-[1210] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg border border-line bg-white p-6 text-ink shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">Move {name} here?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-muted">
            The pin moves to where you put it. The address stays as it is; change it on the partner’s page if
            it is wrong too.
          </AlertDialog.Description>
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                Cancel
              </Button>
            </AlertDialog.Cancel>
            <Button pending={pending} onClick={onConfirm}>
              Move the pin
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
