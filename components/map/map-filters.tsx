'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { isFilterEmpty, type PartnerFilter } from '@/lib/partners/filters';
import { ageOptions, categoryOptions, sectorOptions, stageOptions } from '@/lib/partners/vocabulary';
import { healthOptions } from '@/lib/relationships/health-levels';

type Option = { value: string; label: string };
type FacetKey = 'stages' | 'categories' | 'sectors' | 'ages' | 'branches' | 'owners' | 'health';

type Props = {
  filter: PartnerFilter;
  onChange: (filter: PartnerFilter) => void;
  branches: Option[];
  owners: Option[];
  /** The areas' shading controls, after the filters (./area-shading.tsx). */
  shading?: React.ReactNode;
  /** Buttons at the end of the bar (adding a partner, the phone's map/list switch). */
  children?: React.ReactNode;
};

/**
 * The map's filters, compact: a search box and one drop-down of checkboxes per kind. Every
 * change goes straight to the address bar (see ./map-explorer.tsx), so a filtered map is a link.
 */
export function MapFilters({ filter, onChange, branches, owners, shading, children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const facets: { key: FacetKey; label: string; options: Option[] }[] = [
    { key: 'stages', label: 'Stage', options: stageOptions },
    { key: 'categories', label: 'Category', options: categoryOptions },
    { key: 'sectors', label: 'Sector', options: sectorOptions },
    { key: 'ages', label: 'Ages served', options: ageOptions },
    {
      key: 'branches',
      label: 'Branch',
      options: [...branches, { value: 'none', label: 'No primary branch' }],
    },
    { key: 'owners', label: 'Owner', options: [...owners, { value: 'none', label: 'No owner' }] },
    { key: 'health', label: 'Health', options: healthOptions },
  ];
  const active = facets.reduce((n, f) => n + filter[f.key].length, 0) + (filter.q ? 1 : 0);

  return (
    <div className="border-b border-line bg-white px-3 py-2 sm:px-4">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox value={filter.q} onChange={(q) => onChange({ ...filter, q })} />
        <button
          type="button"
          className={cx(buttonClasses('secondary', 'sm'), 'md:hidden')}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Filters{active ? ` (${active})` : ''}
        </button>
        <fieldset
          id={panelId}
          className={cx('w-full flex-wrap items-center gap-2 md:flex md:w-auto', open ? 'flex' : 'hidden')}
        >
          <legend className="sr-only">Filter the partners</legend>
          {facets.map((facet) => (
            <FacetMenu
              key={facet.key}
              label={facet.label}
              options={facet.options}
              selected={filter[facet.key]}
              onChange={(values) => onChange({ ...filter, [facet.key]: values })}
            />
          ))}
          {isFilterEmpty(filter) ? null : (
            <button
              type="button"
              className={buttonClasses('ghost', 'sm')}
              onClick={() =>
                onChange({
                  ...filter,
                  q: '',
                  stages: [],
                  categories: [],
                  sectors: [],
                  ages: [],
                  branches: [],
                  owners: [],
                  health: [],
                })
              }
            >
              Clear filters
            </button>
          )}
        </fieldset>
        {shading ? (
          <div className={cx('w-full md:flex md:w-auto', open ? 'flex' : 'hidden')}>{shading}</div>
        ) : null}
        <div className="ml-auto flex items-center gap-2">{children}</div>
      </div>
    </div>
  );
}

function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const id = useId();
  const sent = useRef(value);
  // Cleared from outside ("Clear filters"): show it.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  // Wait for a pause in typing before reloading the map.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text starts the timer
  useEffect(() => {
    if (text.trim() === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text.trim();
      onChange(text.trim());
    }, 350);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className="min-w-40 flex-1 sm:max-w-64 sm:flex-none">
      <label htmlFor={id} className="sr-only">
        Search partners
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search partners"
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-base text-ink placeholder:text-stone-500 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/40 focus:outline-none sm:text-sm"
      />
    </div>
  );
}

function FacetMenu({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  // A drop-down closes when you click elsewhere or press Escape, like any other.
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    // Opened near the right edge of a phone, the list moves left so it stays on the screen (it is
    // wider than the button it drops from). Watched as the attribute changes, before the browser
    // paints the list where it would not fit (the toggle event comes a task later).
    const place = () => {
      const panel = details.querySelector<HTMLElement>('[data-drop-panel]');
      if (!details.open || !panel) return;
      panel.style.left = '0px';
      const margin = 8;
      const box = panel.getBoundingClientRect();
      const room = document.documentElement.clientWidth - margin;
      const shift = Math.max(margin - box.left, Math.min(0, room - box.right));
      panel.style.left = `${shift}px`;
    };
    document.addEventListener('pointerdown', onPointer);
    details.addEventListener('keydown', onKey);
    const opened = new MutationObserver(place);
    opened.observe(details, { attributes: true, attributeFilter: ['open'] });
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      details.removeEventListener('keydown', onKey);
      opened.disconnect();
    };
  }, []);

  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <details ref={ref} className="group relative">
      <summary
        className={cx(
          buttonClasses('secondary', 'sm'),
          'cursor-pointer list-none [&::-webkit-details-marker]:hidden',
          selected.length ? 'border-brand-600 bg-brand-50 text-brand-900' : '',
        )}
      >
        {label}
        {selected.length ? <span className="font-semibold">({selected.length})</span> : null}
        <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </summary>
      <div
        data-drop-panel=""
        className="absolute left-0 z-30 mt-1 hidden max-h-80 w-64 max-w-[calc(100vw-1rem)] overflow-y-auto group-open:block rounded-md border border-line bg-white p-2 shadow-lg"
      >
        <fieldset>
          <legend className="sr-only">{label}</legend>
          {options.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-brand-50"
            >
              <input
                type="checkbox"
                className="mt-0.5 size-4 accent-brand-700"
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
