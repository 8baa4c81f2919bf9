'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { cx } from '@/components/ui/cx';
import type { FormAction } from '@/lib/auth/action';

type Partner = { id: string; name: string };

/**
 * Choose a partner by typing part of its name (an ARIA combobox: arrow keys move through the
 * matches, Enter chooses, Escape closes). The choice is sent as `name` (the partner's id).
 */
export function PartnerPicker({
  search,
  name,
  label,
  initial,
  hint,
  error,
}: {
  /** Finds partners by name (lib/interviews/partner-search-actions.ts, handed down by the page). */
  search: FormAction<Partner[]>;
  name: string;
  label: string;
  initial: Partner | null;
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const [chosen, setChosen] = useState<Partner | null>(initial);
  const [text, setText] = useState(initial?.name ?? '');
  const [matches, setMatches] = useState<Partner[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState('');
  const latest = useRef('');

  useEffect(() => {
    const q = text.trim();
    if (!open || !q || q === chosen?.name) return;
    latest.current = q;
    const timer = setTimeout(async () => {
      const formData = new FormData();
      formData.set('q', q);
      try {
        const result = await search(null, formData);
        if (latest.current !== q) return;
        setMatches(result.ok ? result.data : []);
        setSearched(q);
        setActive(-1);
      } catch {
        setMatches([]);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, chosen, search]);

  const choose = (partner: Partner) => {
    setChosen(partner);
    setText(partner.name);
    setOpen(false);
  };
  const listId = `${id}-list`;
  const showList = open && text.trim() !== '' && text.trim() !== chosen?.name;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label} <span className="font-normal text-muted">(optional)</span>
      </label>
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (chosen && event.target.value !== chosen.name) setChosen(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(matches.length - 1, a + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (event.key === 'Enter' && showList) {
            event.preventDefault();
            const match = matches[Math.max(active, 0)];
            if (match) choose(match);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={cx(
          'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40',
          error ? 'border-red-600' : 'border-stone-300',
        )}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        hidden={!showList || matches.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
      >
        {matches.map((partner, index) => (
          <div
            key={partner.id}
            id={`${id}-option-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(partner);
            }}
            className={cx(
              'cursor-pointer px-3 py-2 text-sm',
              index === active ? 'bg-brand-700 text-white' : 'hover:bg-brand-50',
            )}
          >
            {partner.name}
          </div>
        ))}
      </div>
      {showList && searched === text.trim() && matches.length === 0 ? (
        <p className="text-sm text-muted">No partner’s name contains “{text.trim()}”.</p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
          {chosen ? ` Chosen: ${chosen.name}.` : ''}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {showList && searched === text.trim() ? `${matches.length} matches` : ''}
      </p>
    </div>
  );
}
