import { cx } from '@/components/ui/cx';

const steps = ['Upload', 'Match columns', 'Review rows', 'Import'];

/** Where the import stands, as a numbered list with the current step marked for everyone. */
export function Steps({ current }: { current: number }) {
  return (
    <nav aria-label="Import steps" className="mb-6">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {steps.map((label, index) => {
          const number = index + 1;
          const state = number < current ? 'done' : number === current ? 'current' : 'later';
          return (
            <li
              key={label}
              aria-current={state === 'current' ? 'step' : undefined}
              className="flex items-center gap-2"
            >
              <span
                aria-hidden="true"
                className={cx(
                  'inline-flex size-6 items-center justify-center rounded-full text-xs font-semibold',
                  state === 'current'
                    ? 'bg-brand-700 text-white'
                    : state === 'done'
                      ? 'bg-brand-100 text-brand-900'
                      : 'bg-stone-200 text-stone-700',
                )}
              >
                {state === 'done' ? '✓' : number}
              </span>
              <span className={state === 'current' ? 'font-semibold text-ink' : 'text-muted'}>
                {label}
                {state === 'done' ? <span className="sr-only"> (done)</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
