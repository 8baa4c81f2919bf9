import { useId } from 'react';
import { cx } from './cx';

const controlClasses =
  'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs placeholder:text-stone-400 sm:text-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 disabled:bg-stone-100';

type Common = { label: string; hint?: React.ReactNode; error?: string; className?: string };

function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: Common & { id: string; required?: boolean; children: React.ReactNode }) {
  return (
    <div className={cx('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required ? null : <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

type TextFieldProps = Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'className'>;

/** A labelled input with its hint and its error beside it. */
export function TextField({
  label,
  hint,
  error,
  className,
  id: givenId,
  required,
  ...input
}: TextFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses, error ? 'border-red-600' : 'border-stone-300')}
        {...input}
      />
    </FieldShell>
  );
}

type SelectFieldProps = Common &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'className'> & {
    options: ReadonlyArray<{ value: string; label: string }>;
  };

export function SelectField({
  label,
  hint,
  error,
  className,
  options,
  id: givenId,
  required,
  ...select
}: SelectFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses, error ? 'border-red-600' : 'border-stone-300')}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
