import Link from 'next/link';
import { MainNav, type NavItem } from './nav-links';
import { UserMenu } from './user-menu';

export function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-7 shrink-0" aria-hidden="true">
      <circle cx="16" cy="16" r="15" fill="currentColor" opacity="0.18" />
      <path
        d="M16 5c-4.4 0-8 3.4-8 7.7 0 5.6 8 14.3 8 14.3s8-8.7 8-14.3C24 8.4 20.4 5 16 5Z"
        fill="currentColor"
      />
      <circle cx="16" cy="12.7" r="3" fill="#17574f" />
    </svg>
  );
}

type Props = {
  nav: NavItem[];
  user: {
    name: string;
    email: string;
    roleLabel: string;
    orgName: string;
    hostConsole?: boolean;
    /** The person belongs to more than one library system: the menu offers to switch. */
    switchSystems?: boolean;
  };
  signOut: () => Promise<void>;
};

/**
 * The bar on every signed-in page. On a phone: the name, then Menu and the account button; the
 * menu opens under the bar (./nav-links.tsx). `relative` places that panel.
 */
export function AppHeader({ nav, user, signOut }: Props) {
  return (
    <header className="no-print relative bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-1 gap-y-1 px-3 py-2 min-[22.5rem]:gap-x-2 sm:gap-x-4 sm:px-6 xl:gap-x-6">
        <Link
          href="/"
          prefetch={false}
          className="mr-auto flex min-w-0 items-center gap-2 py-1 text-white no-underline"
        >
          <Logo />
          {/* Every page says which library system it is in (decision 0023): a person may belong to several. */}
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="truncate text-base font-semibold tracking-tight min-[22.5rem]:text-lg">
              Partner Atlas
            </span>
            <span className="max-w-64 truncate text-xs text-brand-100" data-testid="current-org">
              {user.orgName}
            </span>
          </span>
        </Link>
        <MainNav items={nav} />
        <div className="flex items-center gap-3">
          <UserMenu {...user} signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
