'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import Link from 'next/link';

type Props = {
  name: string;
  email: string;
  roleLabel: string;
  orgName: string;
  /** The person is also a host admin: the menu leads to the host console (decision 0023). */
  hostConsole?: boolean;
  /** The person belongs to more than one library system (decision 0023). */
  switchSystems?: boolean;
  signOut: () => Promise<void>;
};

export function UserMenu({ name, email, roleLabel, orgName, hostConsole, switchSystems, signOut }: Props) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        // Named by its own text, so what is seen is what is said (WCAG 2.5.3): "Account menu for"
        // is for screen readers, the name is shown from `sm` up (only the initials on a phone).
        className="relative flex min-h-10 items-center gap-2 rounded-full p-1 text-sm text-white hover:bg-white/10 sm:pr-3"
      >
        <span
          aria-hidden="true"
          className="grid size-8 shrink-0 place-items-center rounded-full bg-white text-xs font-bold text-brand-800"
        >
          {initials}
        </span>
        <span className="sr-only">Account menu for </span>
        <span className="max-w-40 truncate max-sm:sr-only">{name}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-64 rounded-lg border border-line bg-white p-1 text-sm text-ink shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="font-semibold">{name}</p>
            <p className="text-muted">{email}</p>
            <p className="mt-1 text-muted">
              {roleLabel} · {orgName}
            </p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item asChild>
            <Link
              href="/account"
              className="block rounded px-3 py-2 text-ink no-underline outline-none data-highlighted:bg-brand-50"
            >
              Your account and sessions
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild>
            <Link
              href="/account/password"
              className="block rounded px-3 py-2 text-ink no-underline outline-none data-highlighted:bg-brand-50"
            >
              Change password
            </Link>
          </DropdownMenu.Item>
          {switchSystems ? (
            <DropdownMenu.Item asChild>
              <Link
                href="/choose"
                className="block rounded px-3 py-2 text-ink no-underline outline-none data-highlighted:bg-brand-50"
              >
                Switch library system
              </Link>
            </DropdownMenu.Item>
          ) : null}
          {hostConsole ? (
            <DropdownMenu.Item asChild>
              <Link
                href="/host"
                className="block rounded px-3 py-2 text-ink no-underline outline-none data-highlighted:bg-brand-50"
              >
                Host console
              </Link>
            </DropdownMenu.Item>
          ) : null}
          <DropdownMenu.Item
            className="block cursor-pointer rounded px-3 py-2 outline-none data-highlighted:bg-brand-50"
            onSelect={() => {
              void signOut();
            }}
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
