'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Props = {
  panel: string;
  /** "the map": where these suggestions stop showing once closed. */
  place: string;
  headingId: string;
  /** "Learn more about asset mapping and relationship building". */
  heading: string;
  /** `strip`: a folding bar across the top of a full-screen page; `card`: a box in a column. */
  layout: 'strip' | 'card';
  /** Whether the strip starts unfolded. */
  open?: boolean;
  className?: string;
  /** The server action that closes the panel for this person, from the page. */
  dismiss: FormAction<unknown>;
  children: React.ReactNode;
};

/** The interactive shell of a Learn more panel: the person can close it for good (for themselves). */
export function LearnMoreFrame({
  panel,
  place,
  headingId,
  heading,
  layout,
  open,
  className,
  dismiss,
  children,
}: Props) {
  const [closed, setClosed] = useState(false);
  const { state, pending, formProps } = useActionForm(dismiss, { onSuccess: () => setClosed(true) });
  const noteRef = useRef<HTMLParagraphElement>(null);
  // The Hide button is gone once it worked: keep keyboard users where they were, on the note.
  useEffect(() => {
    if (closed) noteRef.current?.focus();
  }, [closed]);

  if (closed) {
    return (
      <p
        ref={noteRef}
        tabIndex={-1}
        role="status"
        className={cx(
          'text-sm text-muted focus:outline-none',
          layout === 'strip' ? 'sr-only' : 'rounded-md border border-line bg-white px-4 py-3',
          className,
        )}
      >
        Learn more suggestions are hidden on {place}. <Link href="/resources">Resources</Link> can bring them
        back.
      </p>
    );
  }

  const hide = (
    <form {...formProps} className="shrink-0">
      <input type="hidden" name="panel" value={panel} />
      <Button type="submit" size="sm" variant={layout === 'strip' ? 'ghost' : 'secondary'} pending={pending}>
        Hide<span className="sr-only"> these suggestions</span>
      </Button>
    </form>
  );
  const refusal =
    state && !state.ok ? (
      <p role="alert" className="mt-1 text-sm font-medium text-red-700">
        {state.message}
      </p>
    ) : null;

  if (layout === 'strip') {
    return (
      // A group, not a region: a landmark named "…mapping…" would be one more "Map" region on the map
      // page. Not a fieldset: this is no form.
      // biome-ignore lint/a11y/useSemanticElements: a named group of links and a button, not form fields
      <div
        role="group"
        aria-labelledby={headingId}
        className={cx('border-b border-brand-200 bg-brand-50', className)}
      >
        <div className="flex items-start gap-3">
          <details open={open} className="group min-w-0 flex-1">
            <summary className="cursor-pointer py-1.5 text-sm font-medium text-brand-900 marker:text-brand-700">
              <h2 id={headingId} className="inline">
                {heading}
              </h2>
              <span className="font-normal text-brand-800 group-open:hidden"> (show suggestions)</span>
            </summary>
            <div className="pb-3">{children}</div>
          </details>
          {hide}
        </div>
        {refusal}
      </div>
    );
  }

  return (
    <section
      aria-labelledby={headingId}
      className={cx('rounded-lg border border-brand-200 bg-brand-50 p-5 shadow-sm sm:p-6', className)}
    >
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        {heading}
      </h2>
      <div className="mt-2">{children}</div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-brand-200 pt-3">
        <p className="text-xs text-muted">Seen these? Hide them on {place}, for you only.</p>
        {hide}
      </div>
      {refusal}
    </section>
  );
}
