'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Props = {
  branch: { id: string; version: number; name: string };
  memberCount: number;
  /** The page's action that removes the branch. */
  remove: FormAction<{ id: string }>;
};

/** Says what removing does, then asks once more before doing it. */
export function RemoveBranch({ branch, memberCount, remove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, formProps } = useActionForm(remove);
  const questionRef = useRef<HTMLHeadingElement>(null);

  // Moving focus to the question tells keyboard and screen-reader users that the page changed.
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  const members =
    memberCount === 0
      ? 'No staff member has it as their home branch.'
      : memberCount === 1
        ? '1 staff member has it as their home branch. They keep their account; their home branch becomes empty until you choose another for them.'
        : `${memberCount} staff members have it as their home branch. They keep their accounts; their home branch becomes empty until you choose another for them.`;

  return (
    <div className="mt-2 space-y-3 text-sm">
      <ul className="list-inside list-disc space-y-1 text-muted">
        <li>{members}</li>
        <li>The branch disappears from lists and from the map. This cannot be undone.</li>
        <li>The audit log keeps a record of the branch and of who removed it.</li>
      </ul>
      {confirming ? (
        <form
          {...formProps}
          className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4"
          aria-labelledby="remove-question"
        >
          <input type="hidden" name="id" value={branch.id} />
          <input type="hidden" name="version" value={branch.version} />
          <h3 id="remove-question" ref={questionRef} tabIndex={-1} className="font-semibold text-red-900">
            Remove {branch.name} for good?
          </h3>
          <FormMessage state={state} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" pending={pending}>
              Yes, remove {branch.name}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              No, keep it
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Remove this branch…
        </Button>
      )}
    </div>
  );
}
