'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { type ConsentName, consentItems } from '@/lib/interviews/vocabulary';

export type Consent = Record<ConsentName, boolean> & { recorded: boolean };
/** What recording consent gives back: the interview's new version and the consent as stored. */
export type ConsentResult = { version: number; consent: Record<ConsentName, boolean> };

/** Consent comes first: what the interviewee agreed to, stored with the interview. */
export function ConsentStep({
  interviewId,
  version,
  consent,
  intro,
  record,
  onRecorded,
}: {
  interviewId: string;
  version: () => number;
  consent: Consent;
  intro: string;
  /** The server action that records it, from the page. */
  record: FormAction<ConsentResult>;
  onRecorded: (result: ConsentResult) => void;
}) {
  const { state, pending, formProps } = useActionForm(record, { onSuccess: onRecorded });
  const [notesKept, setNotesKept] = useState(consent.consentNotes);
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        // The notes may have been saved since this rendered: send the version as it is now.
        const field = event.currentTarget.elements.namedItem('version');
        if (field instanceof HTMLInputElement) field.value = String(version());
        formProps.onSubmit(event);
      }}
      className="space-y-5"
    >
      <input type="hidden" name="id" value={interviewId} />
      <input type="hidden" name="version" defaultValue={version()} />
      {intro ? <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">{intro}</p> : null}
      <fieldset className="space-y-3">
        <legend className="font-medium text-ink">What has the interviewee agreed to?</legend>
        <p className="text-sm text-muted">Ask each one. Leave a box empty if they did not agree.</p>
        {consentItems.map((item) => (
          <label key={item.name} className="flex items-start gap-3 rounded-md border border-line p-3 text-sm">
            <input
              type="checkbox"
              name={item.name}
              defaultChecked={consent[item.name]}
              onChange={item.name === 'consentNotes' ? (e) => setNotesKept(e.target.checked) : undefined}
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
            />
            <span>
              <span className="font-medium text-ink">{item.label}</span>
              <span className="block text-muted">{item.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!notesKept ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Without consent to keep notes, no answers are saved: you will see the questions and hints, and write
          takeaways at the end.
          {consent.recorded ? ' Any answers typed so far will be removed.' : ''}
        </p>
      ) : null}
      <FormMessage state={state} />
      <Button type="submit" pending={pending}>
        {consent.recorded ? 'Update consent' : 'Record consent and begin'}
      </Button>
    </form>
  );
}
