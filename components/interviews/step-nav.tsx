'use client';

import { useEffect, useRef, useState } from 'react';
import { cx } from '@/components/ui/cx';

/**
 * The interview's steps, to move between them in any order once consent is recorded. On a phone a
 * strip that scrolls sideways on its own (never widening the page), faded at an edge while more
 * steps lie that way, and kept with the current step in sight; from `lg` a list beside the notes.
 */
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
  const listRef = useRef<HTMLOListElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  // Which edges hide more steps: the strip fades there (see interview.css).
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const before = list.scrollLeft > 1;
      const after = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
      setMore((m) => (m.before === before && m.after === after ? m : { before, after }));
    };
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(list);
    return () => {
      list.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, []);

  // The current step is brought to the middle of the strip (sideways only: the page stays put).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.children[current] as HTMLElement | undefined;
    if (!list || !item || list.scrollWidth <= list.clientWidth) return;
    const left = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
    list.scrollTo({ left: Math.max(0, left), behavior: 'smooth' });
  }, [current]);

  return (
    <nav aria-label="Interview steps" className="min-w-0 lg:sticky lg:top-4 lg:self-start">
      <p className="mb-2 text-sm text-muted">
        Step {current + 1} of {steps.length}
      </p>
      <ol
        ref={listRef}
        data-more-before={more.before || undefined}
        data-more-after={more.after || undefined}
        className="pa-step-strip flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible"
      >
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
                  'min-h-10 w-full rounded-md px-3 py-1.5 text-left text-sm whitespace-nowrap lg:min-h-0 lg:whitespace-normal',
                  index === current
                    ? 'bg-brand-700 font-medium text-white'
                    : 'bg-white text-ink ring-1 ring-line ring-inset hover:bg-brand-50 lg:bg-transparent lg:ring-0',
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
