import { useId } from 'react';
import { cx } from './cx';

type Option = { value: string; label: string; description?: string };

type Props = {
  legend: string;
  name: string;
  options: ReadonlyArray<Option>;
  defaultValue?: string;
  required?: boolean;
  hint?: React.ReactNode;
  error?: string;
  columns?: 1 | 2 | 3;
  className?: string;
  onChange?: (value: string) => void;
};

const columnClasses = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' } as const;

/** One choice among a few, each a card with what it means, so the choice is made knowingly. */
export function RadioCards({
  legend,
  name,
  options,
  defaultValue,
  required,
  hint,
  error,
  columns = 2,
  className,
  onChange,
}: Props) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={cx('space-y-2', className)}>
      <legend className="text-sm font-medium text-ink">
        {legend}
        {required ? null : <span className="font-normal text-muted"> (optional)</span>}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={cx('grid gap-2', columnClasses[columns])}>
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              'flex cursor-pointer gap-3 rounded-md border bg-white p-3 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40',
              error ? 'border-red-600' : 'border-stone-300',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              required={required}
              aria-invalid={error ? true : undefined}
              onChange={onChange ? () => onChange(option.value) : undefined}
              className="mt-1 size-4 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block text-sm font-medium text-ink">{option.label}</span>
              {option.description ? (
                <span className="block text-sm text-muted">{option.description}</span>
              ) : null}
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
