import type { Metadata } from 'next';
import Link from 'next/link';
import { Logo } from '@/components/app-shell/app-header';
import { signOutHost } from '@/lib/host/actions';
import { requireHostPage } from '@/lib/host/page';
import { HostNav } from './host-nav';
import { HostSignOut } from './host-sign-out';

export const metadata: Metadata = { title: { default: 'Host console', template: '%s · Host console' } };

/** The host console's own frame: no organization's navigation, since a host admin is in none. */
export default async function HostLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireHostPage({ allowPasswordChange: true });
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      <header className="bg-stone-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 sm:px-6">
          <Link href="/host" className="mr-auto flex min-w-0 items-center gap-2 py-1 text-white no-underline">
            <Logo />
            <span className="truncate text-base font-semibold tracking-tight sm:text-lg">
              Partner Atlas <span className="font-normal text-stone-300">· Host console</span>
            </span>
          </Link>
          <span className="max-w-56 truncate text-sm text-stone-200 max-sm:sr-only">{ctx.name}</span>
          <HostSignOut signOut={signOutHost} />
        </div>
      </header>
      {ctx.mustChangePassword ? null : <HostNav />}
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
