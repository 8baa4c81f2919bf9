'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';

/** While a point is being picked: what to do, a keyboard way to do it, and a way out. */
export function PickBanner({
  text,
  focusOnShow,
  onUseCentre,
  onCancel,
}: {
  text: string;
  /** Take keyboard focus when it appears (when what opened it has gone, like a popup). */
  focusOnShow: boolean;
  onUseCentre: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the banner appears
  useEffect(() => {
    if (focusOnShow) ref.current?.querySelector('button')?.focus();
  }, []);
  // Escape leaves picking, wherever focus is (on the map, most likely).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div
      ref={ref}
      className="pointer-events-auto mx-auto flex max-w-xl flex-wrap items-center gap-2 rounded-md border border-brand-600 bg-white px-3 py-2 text-sm shadow-md"
    >
      <p className="min-w-48 flex-1" role="status">
        {text}
      </p>
      <Button size="sm" variant="secondary" onClick={onUseCentre}>
        Use the map centre
      </Button>
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

/** A cross at the map's centre, the point "Use the map centre" takes. */
export function Crosshair() {
  return (
    <svg
      viewBox="0 0 40 40"
      className="pointer-events-none absolute top-1/2 left-1/2 z-[500] size-10 -translate-x-1/2 -translate-y-1/2"
      aria-hidden="true"
    >
      <path d="M20 2v14M20 24v14M2 20h14M24 20h14" stroke="#ffffff" strokeWidth="5" strokeLinecap="round" />
      <path d="M20 2v14M20 24v14M2 20h14M24 20h14" stroke="#134640" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** Over an empty map: how to put the first partner on it, or why nothing shows. */
export function EmptyMapNotice({
  filtered,
  canEdit,
  onAddHere,
  onClearFilters,
}: {
  filtered: boolean;
  canEdit: boolean;
  onAddHere: () => void;
  onClearFilters: () => void;
}) {
  return (
    <div className="pointer-events-auto mx-auto max-w-md rounded-lg border border-line bg-white p-5 shadow-lg">
      {filtered ? (
        <>
          <h2 className="text-lg font-semibold">No partners match these filters</h2>
          <p className="mt-1 text-sm text-muted">Try fewer filters, or clear them to see every partner.</p>
          <Button className="mt-4" variant="secondary" onClick={onClearFilters}>
            Clear filters
          </Button>
        </>
      ) : canEdit ? (
        <>
          <h2 className="text-lg font-semibold">No partners on the map yet</h2>
          <p className="mt-1 text-sm text-muted">
            Start with a place you already work with: a school, a community centre, a person who connects
            people. Choose “Add a partner here” and click the spot on the map, or add a partner by its
            address.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Button onClick={onAddHere}>Add a partner here</Button>
            <Link href="/partners/new" className={buttonClasses('secondary')}>
              Add by address
            </Link>
          </div>
        </>
      ) : (
        <>
          <h2 className="text-lg font-semibold">No partners on the map yet</h2>
          <p className="mt-1 text-sm text-muted">Partners appear here as your library’s staff add them.</p>
        </>
      )}
    </div>
  );
}

/** A message over the map that the person can put away. */
export function Notice({
  tone,
  onDismiss,
  children,
}: {
  tone: 'warning' | 'success' | 'error';
  onDismiss: () => void;
  children: React.ReactNode;
}) {
  return (
    <div className="pointer-events-auto mx-auto max-w-xl">
      <Alert tone={tone} className="py-2 shadow-md">
        <div className="flex items-start gap-3">
          <span className="flex-1">{children}</span>
          <button
            type="button"
            className="text-sm font-medium underline underline-offset-2"
            onClick={onDismiss}
          >
            Dismiss
          </button>
        </div>
      </Alert>
    </div>
  );
}

/** On a phone, the map and the list take turns. */
export function ViewSwitch({
  panel,
  count,
  onChange,
}: {
  panel: 'map' | 'list';
  count: number;
  onChange: (panel: 'map' | 'list') => void;
}) {
  return (
    <fieldset className="flex rounded-md border border-line lg:hidden">
      <legend className="sr-only">Show</legend>
      {(['map', 'list'] as const).map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={panel === p}
          onClick={() => onChange(p)}
          className={cx(
            'min-h-8 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md',
            panel === p ? 'bg-brand-700 text-white' : 'bg-white text-ink',
          )}
        >
          {p === 'map' ? 'Map' : `List (${count.toLocaleString('en-US')})`}
        </button>
      ))}
    </fieldset>
  );
}
