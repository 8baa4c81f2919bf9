'use client';

import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';

type Props = {
  questionId: string;
  options: string[];
  multiple: boolean;
  error?: string;
  onChange: (options: string[]) => void;
};

const inputClasses =
  'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40';

/** The choices of a list question: at least two, none empty, none repeated (checked on saving). */
export function GuideOptionsEditor({ questionId, options, multiple, error, onChange }: Props) {
  const base = `question-${questionId}-options`;
  const focusOption = (index: number) =>
    // After React has drawn the change.
    requestAnimationFrame(() => document.getElementById(`${base}-${index}`)?.focus());
  const update = (index: number, value: string) =>
    onChange(options.map((option, i) => (i === index ? value : option)));
  const remove = (index: number) => {
    onChange(options.filter((_, i) => i !== index));
    focusOption(Math.min(index, options.length - 2));
  };
  const add = () => {
    onChange([...options, '']);
    focusOption(options.length);
  };

  return (
    <fieldset className="space-y-2" aria-describedby={cx(`${base}-hint`, error && `${base}-error`)}>
      <legend className="text-sm font-medium text-ink">Options</legend>
      <p id={`${base}-hint`} className="text-sm text-muted">
        {multiple ? 'The person may choose several of these.' : 'The person chooses one of these.'} Give at
        least two.
      </p>
      {error ? (
        <p id={`${base}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <ol className="space-y-2">
        {options.map((option, index) => (
          // Options have no ids of their own; their position is what identifies them while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="flex items-center gap-2">
            <label htmlFor={`${base}-${index}`} className="w-20 shrink-0 text-sm text-muted">
              Option {index + 1}
            </label>
            <input
              id={`${base}-${index}`}
              value={option}
              maxLength={200}
              onChange={(event) => update(index, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${base}-error` : undefined}
              className={cx(inputClasses, error ? 'border-red-600' : 'border-stone-300')}
            />
            <Button variant="ghost" size="sm" onClick={() => remove(index)}>
              Remove<span className="sr-only"> option {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" onClick={add}>
        Add an option
      </Button>
    </fieldset>
  );
}
