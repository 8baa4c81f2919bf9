'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { cx } from '@/components/ui/cx';

/** `count` adds a number to the link, e.g. { value: 3, label: 'overdue' }: its name reads "… 3 overdue". */
export type NavItem = { href: string; label: string; count?: { value: number; label: string } };

function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The amber number beside a link (or the Menu button); its meaning is read out, not only shown. */
function CountBadge({ value, label, className }: { value: number; label: string; className?: string }) {
  // `relative` keeps the screen-reader text inside the badge: positioned against the page instead,
  // it once sat 228 px past a phone's right edge and made every page scroll sideways (issue 15).
  return (
    <span
      className={cx(
        'relative inline-flex min-w-5 items-center justify-center rounded-full bg-amber-300 px-1.5 text-xs font-bold text-stone-950',
        className,
      )}
    >
      {value}
      <span className="sr-only"> {label}</span>
    </span>
  );
}

/**
 * The main navigation. From `xl` up it is a row in the header; between `lg` and `xl` a row of its own
 * under the header; below `lg` (phones, tablets) a "Menu" button that opens the links as a list, so
 * nothing is cut off or scrolls out of sight. The overdue count shows on the button too.
 * (Decision 0018.)
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);

  // A link was followed: the new page shows with the menu closed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page changes
  useEffect(() => setOpen(false), [pathname]);

  // Escape, or a tap or click outside, closes the menu like any other.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const counted = items.filter((item) => item.count && item.count.value > 0);
  if (!items.length) return null;
  return (
    <nav
      ref={navRef}
      aria-label="Main"
      className="lg:order-last lg:w-full xl:order-none xl:w-auto xl:min-w-0 xl:flex-1"
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="flex min-h-10 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-white hover:bg-white/10 sm:px-3 lg:hidden"
      >
        <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
          {open ? (
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        Menu
        {counted.map((item) => (
          <CountBadge key={item.href} value={item.count!.value} label={item.count!.label} />
        ))}
      </button>
      <ul
        id={listId}
        className={cx(
          // A phone: a panel under the header, over the page, every link a full-width row.
          'absolute inset-x-0 top-full z-[1100] max-h-[calc(100dvh-4rem)] overflow-y-auto border-t border-white/15 bg-brand-800 px-2 py-2 shadow-lg',
          open ? 'grid' : 'hidden',
          // From lg: a row that wraps rather than hiding links behind a scroll.
          'lg:static lg:z-auto lg:flex lg:max-h-none lg:flex-wrap lg:gap-1 lg:overflow-visible lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none',
        )}
      >
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
                onClick={() => setOpen(false)}
                className={cx(
                  'flex min-h-11 items-center rounded-md px-3 py-2 text-base font-medium whitespace-nowrap no-underline lg:block lg:min-h-0 lg:text-sm',
                  current ? 'bg-white/15 text-white' : 'text-brand-100 hover:bg-white/10 hover:text-white',
                )}
              >
                {item.label}
                {item.count && item.count.value > 0 ? ' ' : null}
                {item.count && item.count.value > 0 ? (
                  <CountBadge value={item.count.value} label={item.count.label} className="ml-1.5" />
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
