'use client';

import { cx } from '@/components/ui/cx';

/** The interview's steps, to move between them in any order once consent is recorded. */
export function StepNav({
  steps,
  current,
  onChoose,
  locked,
}: {
  steps: string[];
  current: number;
  onChoose: (index: number) => void;
  locked: boolean;
}) {
  return (
    <nav aria-label="Interview steps" className="lg:sticky lg:top-4 lg:self-start">
      <p className="mb-2 text-sm text-muted">
        Step {current + 1} of {steps.length}
      </p>
      <ol className="flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible">
        {steps.map((title, index) => {
          const disabled = locked && index > 0;
          return (
            <li key={title} className="shrink-0">
              <button
                type="button"
                onClick={() => !disabled && onChoose(index)}
                aria-current={index === current ? 'step' : undefined}
                aria-disabled={disabled || undefined}
                title={disabled ? 'Record consent first' : undefined}
                className={cx(
                  'w-full rounded-md px-3 py-1.5 text-left text-sm whitespace-nowrap lg:whitespace-normal',
                  index === current ? 'bg-brand-700 font-medium text-white' : 'text-ink hover:bg-brand-50',
                  disabled && 'cursor-not-allowed text-muted hover:bg-transparent',
                )}
              >
                <span className={cx(index === current ? 'text-brand-100' : 'text-muted')}>{index + 1}.</span>{' '}
                {title}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
