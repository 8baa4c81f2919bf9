'use client';

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

type Props = {
  title: string;
  /** h2 on a page of its own, h3 inside a card. */
  level?: 2 | 3;
  /** Moves focus here when it appears, for when it replaces the form that was just sent. */
  focusOnShow?: boolean;
  /** What it is and whom to give it to. */
  intro: ReactNode;
  /** The secret itself: a one-time password or an invitation link. */
  secret: string;
  /** Its name for screen readers and the copy button ("One-time password", "Invitation link"). */
  secretLabel: string;
  copyLabel: string;
  /** A short secret is shown large; a long one (a link) small, so it wraps on a phone. */
  size: 'large' | 'small';
  /** What to do if it gets lost. */
  outro: ReactNode;
};

/**
 * A secret shown the only time it exists in readable form (it is stored hashed and cannot be
 * looked up again): the person copies it or reads it out now. One-time passwords and invitation
 * links on the staff pages and the host console.
 */
export function ShownOnce({
  title,
  level = 2,
  focusOnShow,
  intro,
  secret,
  secretLabel,
  copyLabel,
  size,
  outro,
}: Props) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  const shown = (
    <p
      className={`rounded-md border border-emerald-300 bg-white font-mono break-all select-all ${
        size === 'large' ? 'px-4 py-2 text-xl tracking-wider' : 'px-3 py-2 text-sm'
      }`}
    >
      <span className="sr-only">{secretLabel}: </span>
      {secret}
    </p>
  );
  const copying = (
    <>
      <Button variant="secondary" size="sm" onClick={copy}>
        {copyLabel}
      </Button>
      <span aria-live="polite" className="text-sm">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'failed'
            ? 'Copying didn’t work here: select it instead.'
            : ''}
      </span>
    </>
  );
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </Heading>
      <p className="mt-2 text-sm">{intro}</p>
      {size === 'large' ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {shown}
          {copying}
        </div>
      ) : (
        <div className="mt-4 space-y-2">
          {shown}
          <div className="flex flex-wrap items-center gap-3">{copying}</div>
        </div>
      )}
      <p className="mt-4 text-sm">{outro}</p>
    </section>
  );
}
