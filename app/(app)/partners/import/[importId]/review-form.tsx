'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { startImport } from '@/lib/import/actions';
import type { ReviewView } from '@/lib/import/view';

const decisionLabels = { merge: 'Merge', skip: 'Skip this row', keep: 'Keep both' } as const;

/** The duplicates, each with merge, skip or keep both; then the button that starts the job. */
export function ReviewForm({ jobId, view }: { jobId: string; view: ReviewView }) {
  const { state, pending, formProps, fieldError } = useActionForm(startImport);
  const unit = view.unit === 'place' ? 'Place' : 'Row';
  const toImport = view.counts.create + view.counts.merge;
  return (
    <form {...formProps} aria-label="Start the import" className="space-y-6">
      <input type="hidden" name="jobId" value={jobId} />
      {view.duplicates.length ? (
        <Card>
          <CardTitle>Likely duplicates ({view.duplicates.length})</CardTitle>
          <p className="mt-1 text-sm text-muted">
            Merging fills in only what the partner already there lacks (an address, a website, a contact); it
            never overwrites. A row merged into an earlier row of the file adds to that row’s partner.
          </p>
          <ul className="mt-3 divide-y divide-line">
            {view.duplicates.map((d) => {
              const name = `decision-${d.rowNumber}`;
              const error = fieldError(name);
              const options = ['merge', 'skip', 'keep'] as const;
              return (
                <li key={d.rowNumber} className="py-3">
                  <fieldset>
                    <legend className="text-sm">
                      <span className="font-medium text-ink">
                        {unit} {d.rowNumber}: {d.name}
                      </span>{' '}
                      looks like{' '}
                      {d.match.kind === 'existing' ? (
                        <Link href={`/partners/${d.match.id}`} target="_blank">
                          {d.match.name}
                        </Link>
                      ) : (
                        <span>
                          {d.match.name} ({unit.toLowerCase()} {d.match.rowNumber} of this file)
                        </span>
                      )}{' '}
                      <span className="text-muted">— {d.reasons.join('; ')}</span>
                    </legend>
                    <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
                      {options.map((option) => (
                        <label key={option} className="inline-flex min-h-8 items-center gap-2 text-sm">
                          <input
                            type="radio"
                            name={name}
                            value={option}
                            defaultChecked={d.decision === option}
                            className="size-4 accent-brand-700"
                          />
                          {option === 'merge' && d.match.kind === 'file'
                            ? `Merge into ${unit.toLowerCase()} ${d.match.rowNumber}`
                            : decisionLabels[option]}
                        </label>
                      ))}
                    </div>
                    {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </Card>
      ) : null}
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} disabled={toImport === 0}>
          Start the import
        </Button>
        <p className="text-sm text-muted">
          It runs on the server: you can close this page and come back to it.
        </p>
      </div>
    </form>
  );
}
