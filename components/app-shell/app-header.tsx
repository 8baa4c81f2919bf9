import Link from 'next/link';
import { type NavItem, NavLinks } from './nav-links';
import { UserMenu } from './user-menu';

export function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
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
  user: { name: string; email: string; roleLabel: string; orgName: string };
  signOut: () => Promise<void>;
};

export function AppHeader({ nav, user, signOut }: Props) {
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" prefetch={false} className="flex items-center gap-2 py-1 text-white no-underline">
          <Logo />
          <span className="text-lg font-semibold tracking-tight">Partner Atlas</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto">
          <NavLinks items={nav} />
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <span className="hidden max-w-64 truncate text-sm text-brand-100 lg:inline">{user.orgName}</span>
          <UserMenu {...user} signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
