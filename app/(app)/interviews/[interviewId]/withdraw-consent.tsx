'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { withdrawConsent } from '@/lib/interviews/consent-actions';
import { type ConsentName, consentItems } from '@/lib/interviews/vocabulary';

type Props = { interviewId: string; version: number; consent: Record<ConsentName, boolean> };

/**
 * The interviewee takes back some of what they agreed to, after the interview: each consent they
 * gave can be unticked. What a consent covered goes with it (answers, when notes may no longer be
 * kept); nothing can be added after the interview.
 */
export function WithdrawConsent({ interviewId, version, consent }: Props) {
  const [open, setOpen] = useState(false);
  const [notesKept, setNotesKept] = useState(consent.consentNotes);
  const { state, pending, formProps } = useActionForm(withdrawConsent, { onSuccess: () => setOpen(false) });
  useEffect(() => {
    if (!open) setNotesKept(consent.consentNotes);
  }, [open, consent.consentNotes]);
  const given = consentItems.filter((item) => consent[item.name]);
  if (!given.length) return null;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="secondary" size="sm">
          Record a withdrawal of consent…
        </Button>
      }
      title="What does the interviewee take back?"
      description={<p>Untick what they no longer agree to. This cannot be undone.</p>}
      confirmLabel="Withdraw consent"
      tone="danger"
      pending={pending}
      form={formProps}
    >
      <fieldset className="mt-3 space-y-2">
        <legend className="sr-only">Consent they still give</legend>
        {consentItems.map((item) =>
          consent[item.name] ? (
            <label
              key={item.name}
              className="flex items-start gap-3 rounded-md border border-line p-3 text-sm"
            >
              <input
                type="checkbox"
                name={item.name}
                defaultChecked
                onChange={item.name === 'consentNotes' ? (e) => setNotesKept(e.target.checked) : undefined}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
              />
              <span className="font-medium text-ink">{item.label}</span>
            </label>
          ) : null,
        )}
      </fieldset>
      {!notesKept ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Every answer recorded in this interview will be removed. The takeaways and themes stay.
        </p>
      ) : null}
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <VersionFields id={interviewId} version={version} />
    </ConfirmDialog>
  );
}
