'use client';

import { useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { nextStage, stageExplanations, stageOptions } from '@/lib/partners/vocabulary';
import { relationshipLimits } from '@/lib/relationships/validation';

/**
 * Where a partner moves to: the other stages, the next step on the path chosen to begin with (never
 * a step back; at the end of the path the person chooses), and why it ended when it did. Sends
 * `toStage` and `endedReason`.
 */
export function StageChoice({
  current,
  fieldError,
  endedHint,
}: {
  current: RelationshipStage;
  fieldError: (name: string) => string | undefined;
  endedHint?: string;
}) {
  const [toStage, setToStage] = useState<string>(nextStage(current) ?? '');
  const others = stageOptions.filter((option) => option.value !== current);
  return (
    <>
      <SelectField
        label="New stage"
        name="toStage"
        required
        value={toStage}
        onChange={(event) => setToStage(event.target.value)}
        options={toStage ? others : [{ value: '', label: 'Choose a stage' }, ...others]}
        hint={toStage ? stageExplanations[toStage as RelationshipStage] : undefined}
        error={fieldError('toStage')}
      />
      {toStage === 'ended' ? (
        <TextField
          label="Why it ended"
          name="endedReason"
          required
          maxLength={relationshipLimits.endedReason}
          hint={endedHint}
          error={fieldError('endedReason')}
        />
      ) : null}
    </>
  );
}
