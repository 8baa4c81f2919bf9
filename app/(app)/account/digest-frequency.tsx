'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { DigestFrequency } from '@/lib/reminders/vocabulary';

const options = [
  { value: 'weekly', label: 'Weekly', description: 'Mondays at 8 in the morning.' },
  { value: 'daily', label: 'Daily', description: 'Every day at 8 in the morning.' },
  { value: 'off', label: 'Off', description: 'No digest.' },
];

/** How often the member's e-mail digest comes. */
export function DigestFrequencyForm({
  frequency,
  save,
}: {
  frequency: DigestFrequency;
  save: FormAction<{ frequency: DigestFrequency }>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="mt-4 space-y-4">
      <FormMessage state={state} success="Saved." />
      <RadioCards
        legend="Send me the digest"
        name="frequency"
        options={options}
        defaultValue={frequency}
        columns={3}
        error={fieldError('frequency')}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save digest setting
      </Button>
    </form>
  );
}
