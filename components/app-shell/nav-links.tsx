'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

/** `count` adds a number to the link, e.g. { value: 3, label: 'overdue' }: its name reads "… 3 overdue". */
export type NavItem = { href: string; label: string; count?: { value: number; label: string } };

function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex gap-1 overflow-x-auto">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            {/* Not prefetched: every page behind sign-in is rendered per request (there is no
                loading state to prefetch), so the prefetches only took the server's time from the
                page being opened: a dozen requests as the map page loaded its partners
                (decision 0012). */}
            <Link
              href={item.href}
              prefetch={false}
              aria-current={current ? 'page' : undefined}
              className={cx(
                'block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium no-underline',
                current ? 'bg-white/15 text-white' : 'text-brand-100 hover:bg-white/10 hover:text-white',
              )}
            >
              {item.label}
              {item.count && item.count.value > 0 ? ' ' : null}
              {item.count && item.count.value > 0 ? (
                <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-amber-300 px-1.5 text-xs font-bold text-stone-950">
                  {item.count.value}
                  <span className="sr-only"> {item.count.label}</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
