'use client';

import { ShownOnce } from '@/components/ui/shown-once';

type Props = {
  title: string;
  name: string;
  password: string;
  /** Moves focus here when it appears, for when it replaces the form that was just sent. */
  focusOnShow?: boolean;
};

/** A member's one-time password, the only time it exists readable: the admin reads it out or copies it now. */
export function OneTimePasswordNotice({ title, name, password, focusOnShow }: Props) {
  return (
    <ShownOnce
      title={title}
      focusOnShow={focusOnShow}
      intro={`Give this one-time password to ${name}; they choose their own password when they first sign in.`}
      secret={password}
      secretLabel="One-time password"
      copyLabel="Copy password"
      size="large"
      outro={`This is the only time it is shown. If it gets lost, reset the password from ${name}’s page to make a new one.`}
    />
  );
}
