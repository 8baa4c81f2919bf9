'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Shows a one-time password the only time it exists in readable form: it is stored hashed and
 * cannot be looked up again, so the admin reads it out or copies it now.
 */
type Props = {
  title: string;
  name: string;
  password: string;
  /** Moves focus here when it appears, for when it replaces the form that was just sent. */
  focusOnShow?: boolean;
};

export function OneTimePasswordNotice({ title, name, password, focusOnShow }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section
      aria-labelledby="one-time-password-heading"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
    >
      <h2 id="one-time-password-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm">
        Give this one-time password to {name}; they choose their own password when they first sign in.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p className="rounded-md border border-emerald-300 bg-white px-4 py-2 font-mono text-xl tracking-wider break-all select-all">
          <span className="sr-only">One-time password: </span>
          {password}
        </p>
        <Button variant="secondary" size="sm" onClick={copy}>
          Copy password
        </Button>
        <span aria-live="polite" className="text-sm">
          {copied === 'yes'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copying didn’t work here: select it instead.'
              : ''}
        </span>
      </div>
      <p className="mt-4 text-sm">
        This is the only time it is shown. If it gets lost, reset the password from {name}’s page to make a
        new one.
      </p>
    </section>
  );
}
