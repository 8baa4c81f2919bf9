'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { answerPeriodOf, importDaysLimits, retentionDefaults } from '@/lib/retention/settings';
import { ChoiceCard } from './choice-card';

type Props = {
  /** Months interview answers are kept after the interview; null: until someone removes them. */
  interviewAnswersKeepMonths: number | null;
  importFilesKeepDays: number;
  version: number;
  /** The page's action that saves the retention settings. */
  save: FormAction<{ id: string }>;
};

const unitOptions = [
  { value: 'years', label: 'years' },
  { value: 'months', label: 'months' },
];

/** How long interview answers and uploaded import files are kept (decision 0017). */
export function RetentionForm({ interviewAnswersKeepMonths, importFilesKeepDays, version, save }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  const [keep, setKeep] = useState<'period' | 'forever'>(
    interviewAnswersKeepMonths === null ? 'forever' : 'period',
  );
  const period = answerPeriodOf(interviewAnswersKeepMonths ?? retentionDefaults.interviewAnswersKeepMonths);
  const id = useId();
  const choiceError = fieldError('answersKeep');
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <fieldset
        className="space-y-3"
        aria-describedby={`${id}-answers-hint${choiceError ? ` ${id}-answers-error` : ''}`}
      >
        <legend className="text-sm font-semibold text-ink">Interview answers</legend>
        <p id={`${id}-answers-hint`} className="text-sm text-muted">
          What interviewees said, question by question. Once this long has passed since an interview’s date,
          its answers are removed, drafts included. The interview stays, with its consent, key takeaways,
          themes, follow-ups and referrals, and its page says the answers were removed.
        </p>
        <div className="space-y-2">
          <ChoiceCard
            name="answersKeep"
            value="period"
            title="Remove answers after a set time"
            checked={keep === 'period'}
            onChange={() => setKeep('period')}
            invalid={Boolean(choiceError)}
          >
            Keep only what the work needs: three years is a common choice.
          </ChoiceCard>
          <ChoiceCard
            name="answersKeep"
            value="forever"
            title="Keep answers until someone removes them"
            checked={keep === 'forever'}
            onChange={() => setKeep('forever')}
            invalid={Boolean(choiceError)}
          >
            Answers are never removed because of their age.
          </ChoiceCard>
        </div>
        {choiceError ? (
          <p id={`${id}-answers-error`} className="text-sm font-medium text-red-700">
            {choiceError}
          </p>
        ) : null}
        {/* Hidden rather than removed, so what was typed comes back with the choice. */}
        <div className="grid grid-cols-2 gap-4 sm:max-w-sm" hidden={keep !== 'period'}>
          <TextField
            label="Keep answers for"
            name="answersPeriod"
            required
            inputMode="numeric"
            autoComplete="off"
            defaultValue={period.amount}
            error={fieldError('answersPeriod')}
          />
          <SelectField
            label="Unit"
            name="answersUnit"
            required
            options={unitOptions}
            defaultValue={period.unit}
            error={fieldError('answersUnit')}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3" aria-describedby={`${id}-files-hint`}>
        <legend className="text-sm font-semibold text-ink">Import files</legend>
        <p id={`${id}-files-hint`} className="text-sm text-muted">
          The rows of a spreadsheet uploaded at Partners → Import. A finished import keeps only the rows it
          could not take, for the problems download; an undone one keeps none. After this many days from the
          upload even those go, and an upload never imported is deleted.
        </p>
        <TextField
          label="Keep import files for (days)"
          name="importFilesDays"
          required
          inputMode="numeric"
          autoComplete="off"
          defaultValue={importFilesKeepDays}
          hint={`From ${importDaysLimits.min} to ${importDaysLimits.max} days; ${retentionDefaults.importFilesKeepDays} is the default.`}
          error={fieldError('importFilesDays')}
          className="sm:max-w-sm"
        />
      </fieldset>
      <Button type="submit" pending={pending}>
        Save retention settings
      </Button>
    </form>
  );
}
