'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** What became of the e-mail with the link. */
export type Mailed = 'sent' | 'failed' | 'none';

type Props = {
  title: string;
  email: string;
  link: string;
  /** The last day it works, already in the organization's dates. */
  expiresOn: string;
  mailed: Mailed;
  /** A one-time password was asked for, but the address gets a link. */
  insteadOfPassword?: boolean;
  /** How the person joins: "your library" unless said otherwise. */
  joins?: string;
  /** What to do if the link is lost. */
  ifLost?: string;
  focusOnShow?: boolean;
};

const mailedText: Record<Mailed, (email: string) => string> = {
  sent: (email) => `It was also e-mailed to ${email}.`,
  failed: (email) =>
    `E-mailing it to ${email} did not work (see Settings → Mail): give them the link yourself.`,
  none: (email) => `No mail server is set, so nothing was e-mailed: give the link to ${email} yourself.`,
};

/**
 * An invitation link the only time it exists in readable form: only its hash is kept, so the admin
 * copies it now (or makes a new one from the staff page).
 */
export function InvitationLinkNotice({
  title,
  email,
  link,
  expiresOn,
  mailed,
  insteadOfPassword,
  joins = 'your library',
  ifLost = 'If it gets lost, make a new one from the staff page.',
  focusOnShow,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section
      aria-labelledby="invitation-link-heading"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
    >
      <h2 id="invitation-link-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm">
        {insteadOfPassword
          ? 'One-time passwords are only for addresses new to Partner Atlas, so this one gets an invitation link. '
          : ''}
        Whoever opens this link as {email} joins {joins}: it works once, until {expiresOn}.{' '}
        {mailedText[mailed](email)}
      </p>
      <div className="mt-4 space-y-2">
        <p className="rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-sm break-all select-all">
          <span className="sr-only">Invitation link: </span>
          {link}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" size="sm" onClick={copy}>
            Copy link
          </Button>
          <span aria-live="polite" className="text-sm">
            {copied === 'yes'
              ? 'Copied.'
              : copied === 'failed'
                ? 'Copying didn’t work here: select it instead.'
                : ''}
          </span>
        </div>
      </div>
      <p className="mt-4 text-sm">This is the only time the link is shown. {ifLost}</p>
    </section>
  );
}
