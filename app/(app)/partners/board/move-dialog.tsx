'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { stageLabels } from '@/lib/partners/vocabulary';
import type { PendingMove } from '@/lib/relationships/board-types';
import { changeStage } from '@/lib/relationships/stage-actions';
import { relationshipLimits } from '@/lib/relationships/validation';

type Props = {
  move: PendingMove;
  onClose: () => void;
  onMoved: (message: string) => void;
};

/** Confirms a move on the board with an optional note (and the reason, when it ended). */
export function MoveDialog({ move, onClose, onMoved }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(changeStage, {
    onSuccess: (data) => onMoved(`${data.name} moved to ${stageLabels[data.stage]}.`),
  });
  const to = stageLabels[move.toStage];
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      // The dialog opens from the board, not from a button of its own.
      trigger={<span hidden />}
      title={`Move ${move.card.name} to ${to}?`}
      description={
        <p>From {stageLabels[move.card.stage]}. The move and your note go into its stage history.</p>
      }
      confirmLabel={`Move to ${to}`}
      pending={pending}
      form={formProps}
    >
      <input type="hidden" name="partnerId" value={move.card.id} />
      <input type="hidden" name="version" value={move.card.version} />
      <input type="hidden" name="toStage" value={move.toStage} />
      <div className="space-y-4">
        {move.toStage === 'ended' ? (
          <TextField
            label="Why it ended"
            name="endedReason"
            required
            maxLength={relationshipLimits.endedReason}
            error={fieldError('endedReason')}
          />
        ) : null}
        <TextAreaField
          label="Note"
          name="note"
          rows={3}
          maxLength={relationshipLimits.stageNote}
          hint="Why it moved."
          error={fieldError('note')}
        />
        {state && !state.ok ? <FormMessage state={state} /> : null}
      </div>
    </ConfirmDialog>
  );
}
