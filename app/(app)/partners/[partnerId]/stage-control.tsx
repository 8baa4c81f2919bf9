'use client';

import { useState } from 'react';
import { StageChoice } from '@/components/partners/stage-choice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';
import { changeStage } from '@/lib/relationships/stage-actions';
import { relationshipLimits } from '@/lib/relationships/validation';

type Props = { partner: { id: string; name: string; version: number; stage: RelationshipStage } };

/** Moves the partner to another stage, with an optional note; the move joins the stage history. */
export function StageControl({ partner }: Props) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { state, pending, formProps, fieldError } = useActionForm(changeStage, {
    onSuccess: (data) => {
      setOpen(false);
      setAnnouncement(`${data.name} is now at ${stageLabels[data.stage]}.`);
    },
  });
  return (
    <>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={<Button variant="secondary">Change stage…</Button>}
        title={`Change the stage of ${partner.name}`}
        description={
          <>
            <p>
              It is at {stageLabels[partner.stage]} now. The move, with your name, today’s date and your note,
              is kept in its stage history.
            </p>
            <p>
              To record a call, meeting or visit that moved them, use “Log a call, meeting or visit” instead:
              it counts towards the relationship’s health, and can move the stage too.
            </p>
          </>
        }
        confirmLabel="Change stage"
        pending={pending}
        form={formProps}
      >
        <input type="hidden" name="partnerId" value={partner.id} />
        <input type="hidden" name="version" value={partner.version} />
        <div className="space-y-4">
          <StageChoice
            current={partner.stage}
            fieldError={fieldError}
            endedHint="A sentence is enough; the partner keeps it."
          />
          <TextAreaField
            label="Note"
            name="note"
            rows={3}
            maxLength={relationshipLimits.stageNote}
            hint="Why it moved: what happened, what was agreed."
            error={fieldError('note')}
          />
          {state && !state.ok && !state.fieldErrors ? <FormMessage state={state} /> : null}
        </div>
      </ConfirmDialog>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
