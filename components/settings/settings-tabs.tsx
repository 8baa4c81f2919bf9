'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const tabs = [
  { href: '/settings/organization', label: 'Organization' },
  { href: '/settings/branches', label: 'Branches' },
  { href: '/settings/areas', label: 'Areas' },
  { href: '/settings/staff', label: 'Staff' },
  { href: '/settings/mail', label: 'Mail' },
  { href: '/settings/sign-in', label: 'Sign-in' },
  { href: '/settings/audit', label: 'Audit log' },
  { href: '/settings/export', label: 'Export and restore' },
];

export function SettingsTabs() {
  const pathname = usePathname();
  return (
    // Tabs from `sm` up; on a phone the same links wrap as buttons, so none is cut off out of
    // sight (a strip that scrolled hid "Export and restore" with no sign of it, issue 15).
    <nav aria-label="Settings" className="no-print mb-6 sm:border-b sm:border-line">
      <ul className="flex flex-wrap gap-1 sm:-mb-px">
        {tabs.map((tab) => {
          const current = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium no-underline sm:rounded-none sm:border-b-2 sm:px-4',
                  current
                    ? 'bg-brand-50 text-brand-800 ring-1 ring-brand-200 sm:border-brand-700 sm:bg-transparent sm:ring-0'
                    : 'text-muted ring-1 ring-line hover:text-ink sm:border-transparent sm:ring-0',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
