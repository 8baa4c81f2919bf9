'use client';

import { ShownOnce } from '@/components/ui/shown-once';

/** The new system's first admin's one-time password, the only time it exists readable: the host copies it now. */
export function AdminPasswordNotice({
  system,
  email,
  password,
}: {
  system: string;
  email: string;
  password: string;
}) {
  return (
    <ShownOnce
      title={`${system} is created`}
      level={3}
      focusOnShow
      intro={`Give this one-time password to its admin, ${email}. They sign in with it and choose their own.`}
      secret={password}
      secretLabel="One-time password"
      copyLabel="Copy password"
      size="large"
      outro="This is the only time it is shown."
    />
  );
}
