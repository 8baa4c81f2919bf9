'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const links = [
  {
    href: '/host',
    label: 'Library systems',
    current: (path: string) => path === '/host' || path.startsWith('/host/systems'),
  },
  {
    href: '/host/consortium',
    label: 'Consortium',
    current: (path: string) => path.startsWith('/host/consortium'),
  },
];

/** The host console's own navigation. */
export function HostNav() {
  const path = usePathname();
  return (
    <nav aria-label="Host console" className="border-b border-line bg-white">
      <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-3 sm:px-6">
        {links.map((link) => {
          const current = link.current(path);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'inline-block border-b-2 px-3 py-2.5 text-sm font-medium no-underline',
                  current
                    ? 'border-brand-700 text-brand-800'
                    : 'border-transparent text-stone-700 hover:text-ink',
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
