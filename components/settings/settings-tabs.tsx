'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const tabs = [
  { href: '/settings/organization', label: 'Organization' },
  { href: '/settings/branches', label: 'Branches' },
  { href: '/settings/staff', label: 'Staff' },
  { href: '/settings/audit', label: 'Audit log' },
  { href: '/settings/export', label: 'Export and restore' },
];

export function SettingsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="no-print mb-6 border-b border-line">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => {
          const current = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'block whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium no-underline',
                  current
                    ? 'border-brand-700 text-brand-800'
                    : 'border-transparent text-muted hover:text-ink',
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
