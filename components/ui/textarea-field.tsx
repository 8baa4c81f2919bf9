import { useId } from 'react';
import { cx } from './cx';

type Props = {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  className?: string;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

/** A labelled text area with its hint and its error beside it, like TextField in ./field.tsx. */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  id: givenId,
  required,
  rows = 4,
  ...rest
}: Props) {
  const generated = useId();
  const id = givenId ?? generated;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required ? null : <span className="font-normal text-muted"> (optional)</span>}
      </label>
      <textarea
        id={id}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(
          'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs placeholder:text-stone-400 sm:text-sm',
          'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40',
          error ? 'border-red-600' : 'border-stone-300',
        )}
        {...rest}
      />
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
