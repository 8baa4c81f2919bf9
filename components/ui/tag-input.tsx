'use client';

import { useId, useState } from 'react';
import { Button } from './button';
import { cx } from './cx';

type Props = {
  label: string;
  name: string;
  defaultValue?: readonly string[];
  /** Tags used before, offered as the person types. */
  suggestions?: readonly string[];
  hint?: React.ReactNode;
  error?: string;
  max?: number;
  maxLength?: number;
  /** Told of every change, for a form that saves as the user types. */
  onChange?: (tags: string[]) => void;
};

/**
 * Free tags: type one and press Enter (or comma, or Add). Each tag is sent as its own `name` value;
 * the text still in the box is sent too, so nothing typed is lost if the form is saved before Add.
 */
export function TagInput({
  label,
  name,
  defaultValue = [],
  suggestions = [],
  hint,
  error,
  max = 20,
  maxLength = 60,
  onChange,
}: Props) {
  const id = useId();
  const [tags, setTags] = useState<string[]>(() => [...defaultValue]);
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const chosen = new Set(tags.map((tag) => tag.toLowerCase()));
  const offered = suggestions.filter((tag) => !chosen.has(tag.toLowerCase()));

  const add = () => {
    const tag = draft.trim().replace(/\s+/g, ' ');
    if (!tag) return;
    if (chosen.has(tag.toLowerCase())) {
      setAnnouncement(`${tag} is already added.`);
    } else {
      const next = [...tags, tag];
      setTags(next);
      onChange?.(next);
      setAnnouncement(`Added ${tag}.`);
    }
    setDraft('');
  };
  const remove = (tag: string) => {
    const next = tags.filter((t) => t !== tag);
    setTags(next);
    onChange?.(next);
    setAnnouncement(`Removed ${tag}.`);
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label} <span className="font-normal text-muted">(optional)</span>
      </label>
      {tags.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={`${label} added`}>
          {tags.map((tag) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-3 text-sm text-brand-900 ring-1 ring-brand-200 ring-inset"
            >
              {tag}
              <input type="hidden" name={name} value={tag} />
              <button
                type="button"
                onClick={() => remove(tag)}
                className="rounded-full px-1.5 text-brand-800 hover:bg-brand-100"
                aria-label={`Remove ${tag}`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <input
          id={id}
          name={name}
          list={`${id}-suggestions`}
          value={draft}
          maxLength={maxLength + 20}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(
            'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs placeholder:text-stone-400 sm:text-sm',
            'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40',
            error ? 'border-red-600' : 'border-stone-300',
          )}
        />
        <Button variant="secondary" onClick={add} disabled={tags.length >= max}>
          Add
        </Button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint ? <>{hint} </> : null}
        Press Enter or Add after each one. Up to {max}, each at most {maxLength} characters.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
