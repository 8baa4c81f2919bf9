'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { saveImportMapping } from '@/lib/import/actions';
import type { ImportMapping } from '@/lib/import/mapping';
import type { MappingView } from '@/lib/import/view';
import { categoryOptions, stageOptions } from '@/lib/partners/vocabulary';

const selectClasses =
  'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40';

/** The columns step: which field each column fills, what unknown values mean, and defaults. */
export function MappingForm({ jobId, view }: { jobId: string; view: MappingView }) {
  const { state, pending, formProps, fieldError } = useActionForm(saveImportMapping);
  const [columns, setColumns] = useState<string[]>(view.columns);
  const [values, setValues] = useState<ImportMapping['values']>(view.values);
  const [defaults, setDefaults] = useState(view.defaults);
  const groups = [...new Set(view.fields.map((f) => f.group))];
  const labelOf = (key: string) => view.fields.find((f) => f.key === key)?.label ?? key;
  const mapping: ImportMapping = { columns, values, defaults };

  // Values no word matched, for each column mapped to a vocabulary field.
  const open = columns.flatMap((field, column) => {
    const list = view.unmatched[column]?.[field];
    return list?.length ? [{ field: field as keyof ImportMapping['values'], column, list }] : [];
  });
  const setValue = (field: keyof ImportMapping['values'], key: string, choice: string | undefined) =>
    setValues((current) => {
      const next = { ...(current[field] ?? {}) };
      if (choice === undefined) delete next[key];
      else next[key] = choice;
      return { ...current, [field]: next };
    });

  return (
    <form {...formProps} aria-label="Match the columns" className="space-y-6">
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="mapping" value={JSON.stringify(mapping)} />
      <FormMessage state={state} />
      {fieldError('columns') ? (
        <Alert tone="error" title="The columns need attention">
          <ul className="list-disc pl-5">
            {(state && !state.ok ? (state.fieldErrors?.columns ?? []) : []).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <Card>
        <CardTitle>Which field does each column fill?</CardTitle>
        <p className="mt-1 text-sm text-muted">
          We guessed from the column names and what is in them. Correct anything that is wrong; a column you
          don’t need can stay out. An address, a description or a contact’s name split over several columns is
          joined back together.
        </p>
        <ul className="mt-4 divide-y divide-line">
          {view.headers.map((header, column) => {
            const id = `column-${column}`;
            const error = fieldError(id);
            return (
              <li
                key={id}
                className="grid gap-2 py-3 sm:grid-cols-[1fr_minmax(0,18rem)] sm:items-start sm:gap-6"
              >
                <div className="min-w-0">
                  <label htmlFor={id} className="font-medium break-words text-ink">
                    {header}
                  </label>
                  <p id={`${id}-examples`} className="text-sm break-words text-muted">
                    {view.samples[column]?.length
                      ? `For example: ${view.samples[column]!.join(' · ')}`
                      : 'Empty in every row.'}
                  </p>
                </div>
                <div>
                  <select
                    id={id}
                    value={columns[column] ?? ''}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-examples`, error ? `${id}-error` : '']
                      .filter(Boolean)
                      .join(' ')}
                    className={`${selectClasses} ${error ? 'border-red-600' : 'border-stone-300'}`}
                    onChange={(event) => {
                      const next = [...columns];
                      next[column] = event.target.value;
                      setColumns(next);
                    }}
                  >
                    <option value="">Don’t import this column</option>
                    {groups.map((group) => (
                      <optgroup key={group} label={group}>
                        {view.fields
                          .filter((f) => f.group === group)
                          .map((f) => (
                            <option key={f.key} value={f.key}>
                              {f.label}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                  {error ? (
                    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
                      {error}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </Card>

      {open.map(({ field, column, list }) => {
        const error = fieldError(`values-${field}`);
        const choices = view.choices[field] ?? [];
        return (
          <Card key={`${field}-${column}`}>
            <fieldset aria-describedby={error ? `values-${field}-error` : undefined}>
              <legend className="text-lg font-semibold text-ink">
                Values in “{view.headers[column]}” that aren’t a {labelOf(field).toLowerCase()} we know
              </legend>
              <p className="mt-1 text-sm text-muted">
                Say what each stands for, or leave it out of the import.
              </p>
              {error ? (
                <p id={`values-${field}-error`} className="mt-2 text-sm font-medium text-red-700">
                  {error}
                </p>
              ) : null}
              <ul className="mt-3 grid gap-3 sm:grid-cols-2">
                {list.map((value) => {
                  const chosen = values[field]?.[value.key];
                  return (
                    <li key={value.key}>
                      <SelectField
                        label={`“${value.raw}” (${value.count} ${value.count === 1 ? view.unit : `${view.unit}s`})`}
                        required
                        value={chosen === undefined ? '?' : chosen}
                        error={error && chosen === undefined ? 'Choose one.' : undefined}
                        onChange={(event) =>
                          setValue(
                            field,
                            value.key,
                            event.target.value === '?' ? undefined : event.target.value,
                          )
                        }
                        options={[
                          { value: '?', label: 'Choose…' },
                          ...choices,
                          { value: '', label: 'Leave it out' },
                        ]}
                      />
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </Card>
        );
      })}

      <Card>
        <CardTitle>For rows that don’t say</CardTitle>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <SelectField
            label="Category"
            required={!columns.includes('category')}
            hint={
              columns.includes('category')
                ? 'For rows whose category is empty.'
                : 'No column holds a category: every row gets this one.'
            }
            value={defaults.category}
            error={fieldError('defaults.category')}
            onChange={(event) => setDefaults({ ...defaults, category: event.target.value })}
            options={[{ value: '', label: 'Choose…' }, ...categoryOptions]}
          />
          <SelectField
            label="Stage"
            required
            hint="For rows without a stage."
            value={defaults.stage}
            onChange={(event) => setDefaults({ ...defaults, stage: event.target.value })}
            options={stageOptions}
          />
          <SelectField
            label="Primary branch"
            hint="For rows without a branch."
            value={defaults.branchId}
            error={fieldError('defaults.branchId')}
            onChange={(event) => setDefaults({ ...defaults, branchId: event.target.value })}
            options={[{ value: '', label: 'None' }, ...(view.choices.branch ?? [])]}
          />
        </div>
      </Card>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          Check the {view.unit}s
        </Button>
      </div>
    </form>
  );
}
