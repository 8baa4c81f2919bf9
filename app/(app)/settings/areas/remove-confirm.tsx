'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Props = {
  id: string;
  version: number;
  /** "Remove this area…" */
  start: string;
  /** "Remove Casino Road for good?" */
  question: string;
  confirm: string;
  action: FormAction<{ id: string }>;
};

/** A removal that asks once more before it happens. */
export function RemoveConfirm({ id, version, start, question, confirm, action }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, formProps } = useActionForm(action);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const headingId = `remove-${id}`;

  // Moving focus to the question tells keyboard and screen-reader users that the page changed.
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
        {start}
      </Button>
    );
  }
  return (
    <form
      {...formProps}
      className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4 text-sm"
      aria-labelledby={headingId}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <h3 id={headingId} ref={questionRef} tabIndex={-1} className="font-semibold text-red-900">
        {question}
      </h3>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={pending}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          No, keep it
        </Button>
      </div>
    </form>
  );
}
