'use client';

import { useId, useState } from 'react';
import { cx } from './cx';

type Option = { value: string; label: string; description?: string };

type Props = {
  legend: string;
  name: string;
  options: ReadonlyArray<Option>;
  defaultValue?: readonly string[];
  hint?: React.ReactNode;
  error?: string;
  /** Adds a first box that ticks or clears every option at once, e.g. "All ages". */
  allLabel?: string;
  /** Columns on wider screens. */
  columns?: 1 | 2 | 3;
  className?: string;
};

const columnClasses = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' } as const;

/** Several choices in a fieldset, each a real checkbox sent under `name`. */
export function CheckboxGroup({
  legend,
  name,
  options,
  defaultValue = [],
  hint,
  error,
  allLabel,
  columns = 2,
  className,
}: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(defaultValue));
  const allChosen = options.every((option) => chosen.has(option.value));
  const toggle = (value: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const box = 'mt-0.5 size-4 shrink-0 accent-brand-700';
  const row =
    'flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40';

  return (
    <fieldset aria-describedby={describedBy} className={cx('space-y-2', className)}>
      <legend className="text-sm font-medium text-ink">
        {legend} <span className="font-normal text-muted">(optional)</span>
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {allLabel ? (
        <label className={cx(row, 'font-medium')}>
          {/* Not sent with the form: it only ticks the boxes below. */}
          <input
            type="checkbox"
            className={box}
            checked={allChosen}
            onChange={(event) =>
              setChosen(event.target.checked ? new Set(options.map((o) => o.value)) : new Set())
            }
          />
          <span>{allLabel}</span>
        </label>
      ) : null}
      <div className={cx('grid gap-x-4 gap-y-0.5', columnClasses[columns])}>
        {options.map((option) => (
          <label key={option.value} className={row}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error ? true : undefined}
              className={box}
            />
            <span>
              <span className="block text-ink">{option.label}</span>
              {option.description ? <span className="block text-muted">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
