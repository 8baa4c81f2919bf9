'use client';

import { ShownOnce } from '@/components/ui/shown-once';

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
  return (
    <ShownOnce
      title={title}
      focusOnShow={focusOnShow}
      intro={
        <>
          {insteadOfPassword
            ? 'One-time passwords are only for addresses new to Partner Atlas, so this one gets an invitation link. '
            : ''}
          Whoever opens this link as {email} joins {joins}: it works once, until {expiresOn}.{' '}
          {mailedText[mailed](email)}
        </>
      }
      secret={link}
      secretLabel="Invitation link"
      copyLabel="Copy link"
      size="small"
      outro={`This is the only time the link is shown. ${ifLost}`}
    />
  );
}
