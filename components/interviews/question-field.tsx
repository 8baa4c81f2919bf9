'use client';

import { useId } from 'react';
import { cx } from '@/components/ui/cx';
import type { GuideQuestion } from '@/lib/interviews/vocabulary';

type Answer = string | string[] | number | undefined;

const control =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40';
const choiceRow =
  'flex cursor-pointer items-start gap-2 rounded-md px-2 py-2 text-sm hover:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40';

/** One question of the guide with its hint, and the answer as the interviewer types it. */
export function QuestionField({
  question,
  number,
  value,
  onChange,
  notesKept,
}: {
  question: GuideQuestion;
  number: number;
  value: Answer;
  onChange: (value: Answer) => void;
  notesKept: boolean;
}) {
  const id = useId();
  const hintId = question.hint ? `${id}-hint` : undefined;
  const heading = (
    <>
      <span className="text-muted">{number}. </span>
      {question.prompt}
    </>
  );
  const hint = question.hint ? (
    <p id={hintId} className="text-sm text-muted">
      {question.hint}
    </p>
  ) : null;

  if (!notesKept) {
    return (
      <div className="space-y-1">
        <p className="font-medium text-ink">{heading}</p>
        {hint}
      </div>
    );
  }

  if (question.kind === 'single_choice' || question.kind === 'multi_choice' || question.kind === 'scale') {
    const multiple = question.kind === 'multi_choice';
    const options =
      question.kind === 'scale'
        ? ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))
        : question.options.map((o) => ({ value: o, label: o }));
    const chosen = new Set(
      Array.isArray(value) ? value : value === undefined || value === '' ? [] : [String(value)],
    );
    const pick = (option: string, on: boolean) => {
      if (question.kind === 'scale') return onChange(on ? Number(option) : undefined);
      if (!multiple) return onChange(on ? option : undefined);
      const next = new Set(chosen);
      if (on) next.add(option);
      else next.delete(option);
      onChange(question.options.filter((o) => next.has(o)));
    };
    return (
      <fieldset className="space-y-2" aria-describedby={hintId}>
        <legend className="font-medium text-ink">{heading}</legend>
        {hint}
        {question.kind === 'scale' ? <p className="text-sm text-muted">1 is the least, 5 the most.</p> : null}
        <div className={cx(question.kind === 'scale' ? 'flex flex-wrap gap-2' : 'grid gap-1 sm:grid-cols-2')}>
          {options.map((option) => (
            <label
              key={option.value}
              className={cx(
                choiceRow,
                question.kind === 'scale' && 'min-w-12 justify-center ring-1 ring-line',
              )}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-answer`}
                value={option.value}
                checked={chosen.has(option.value)}
                onChange={(event) => pick(option.value, event.target.checked)}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
              />
              {option.label}
            </label>
          ))}
        </div>
        {!multiple && chosen.size ? (
          <button
            type="button"
            className="text-sm text-brand-700 underline"
            onClick={() => onChange(undefined)}
          >
            Clear the answer
          </button>
        ) : null}
      </fieldset>
    );
  }

  const text = typeof value === 'string' ? value : '';
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-ink">
        {heading}
      </label>
      {hint}
      {question.kind === 'short_text' ? (
        <input
          id={id}
          value={text}
          maxLength={500}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={hintId}
          className={control}
        />
      ) : (
        <textarea
          id={id}
          value={text}
          rows={5}
          maxLength={20_000}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={hintId}
          className={control}
        />
      )}
    </div>
  );
}
