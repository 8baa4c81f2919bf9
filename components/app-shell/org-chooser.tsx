'use client';

import { startTransition, useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormAction } from '@/lib/auth/action';

export type ChooserOption = {
  membershipId: string;
  orgName: string;
  roleLabel: string;
  /** The system this session is in now: marked when the person came to switch. */
  current: boolean;
};

type Props = {
  options: ChooserOption[];
  /** Where to go once chosen. */
  next: string;
  choose: FormAction<{ next: string }>;
};

/**
 * The library systems a person belongs to, one button each (decision 0023). A refusal (a system
 * closed or left meanwhile) is said above the list; the choice itself is the button pressed.
 */
export function OrgChooser({ options, next, choose }: Props) {
  const [state, dispatch, pending] = useActionState(choose, null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <ul className="space-y-2">
        {options.map((option) => (
          <li key={option.membershipId}>
            <button
              type="submit"
              name="membershipId"
              value={option.membershipId}
              disabled={pending}
              className="flex min-h-14 w-full items-center justify-between gap-3 rounded-lg border border-line bg-white px-4 py-3 text-left hover:border-brand-700 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70"
            >
              <span className="min-w-0">
                <span className="block font-semibold break-words text-ink">{option.orgName}</span>
                <span className="block text-sm text-muted">
                  {option.roleLabel}
                  {option.current ? ' · you are here now' : ''}
                </span>
              </span>
              <span aria-hidden="true" className="shrink-0 text-brand-700">
                →
              </span>
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
