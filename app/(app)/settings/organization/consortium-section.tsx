'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/**
 * Settings → Organization, "Consortium view" (decision 0025): whether the library's counts join
 * the host's view across library systems. Off until an admin ticks it.
 */
export function ConsortiumSection({
  sharing,
  hostName,
  saved,
  save,
}: {
  sharing: boolean;
  hostName: string;
  saved: boolean;
  save: FormAction<{ sharing: boolean }>;
}) {
  const { state, pending, formProps } = useActionForm(save);
  return (
    <Card id="consortium" aria-labelledby="consortium-heading" className="mt-6 scroll-mt-20">
      <h2 id="consortium-heading" className="text-lg font-semibold text-ink">
        Consortium view
      </h2>
      <p className="mt-1 mb-5 text-sm text-muted">
        The host of this service can add up figures across the library systems that agree: how many partners
        at each stage and of each kind, which ages they serve, how many interviews were held. Only totals
        across systems are shown, counts under 5 as “fewer than 5”; never a partner’s or a person’s name,
        never an answer, never your system’s own figures.
      </p>
      {saved ? (
        <Alert tone="success" className="mb-5">
          Your choice is saved.
        </Alert>
      ) : null}
      <form {...formProps} className="space-y-4">
        <FormMessage state={state?.ok ? null : state} />
        <label className="flex items-start gap-3 text-sm text-ink">
          <input
            type="checkbox"
            name="share"
            defaultChecked={sharing}
            className="mt-0.5 size-4 shrink-0 accent-brand-700"
          />
          <span>Share aggregate figures with the consortium view of {hostName}</span>
        </label>
        <Button type="submit" variant="secondary" pending={pending}>
          Save this choice
        </Button>
      </form>
    </Card>
  );
}
