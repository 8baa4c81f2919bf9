'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * The new system's first admin's one-time password, the only time it exists readable (it is stored
 * hashed): the host copies it or reads it out now.
 */
export function AdminPasswordNotice({
  system,
  email,
  password,
}: {
  system: string;
  email: string;
  password: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
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
      aria-labelledby="created-heading"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
    >
      <h3 id="created-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {system} is created
      </h3>
      <p className="mt-2 text-sm">
        Give this one-time password to its admin, {email}. They sign in with it and choose their own.
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
      <p className="mt-4 text-sm">This is the only time it is shown.</p>
    </section>
  );
}
