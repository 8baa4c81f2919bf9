'use client';

import Link from 'next/link';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import {
  type DashboardFilter,
  type FilterErrors,
  type Period,
  type PeriodPreset,
  periodLabels,
  periodPresets,
} from '@/lib/dashboard/filters';

type Option = { value: string; label: string };

type Props = {
  filter: DashboardFilter;
  /** The period shown now: the date fields start with it, so a preset can be adjusted into custom dates. */
  period: Period;
  errors: FilterErrors;
  branches: Option[];
  owners: Option[];
};

/**
 * Branch, liaison and period as a plain GET form, so the choice lives in the address bar: a link
 * or a reload shows the same numbers, and it works before any script has loaded. Typing a date
 * switches the period to custom dates.
 */
export function DashboardFilters({ filter, period, errors, branches, owners }: Props) {
  const [preset, setPreset] = useState<PeriodPreset>(filter.preset);
  const custom = filter.preset === 'custom';
  return (
    <search aria-label="Dashboard filters" className="no-print">
      <form
        method="get"
        action="/dashboard"
        // The server checks the dates and explains a mistake beside the field; every choice has a value.
        noValidate
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1.4fr_1.4fr_1fr_1fr_1fr_auto] lg:items-start"
      >
        <SelectField
          label="Branch"
          name="branch"
          required
          defaultValue={filter.branch ?? ''}
          options={[
            { value: '', label: 'All branches' },
            ...branches,
            { value: 'none', label: 'No primary branch' },
          ]}
        />
        <SelectField
          label="Staff liaison"
          name="owner"
          required
          defaultValue={filter.owner ?? ''}
          options={[{ value: '', label: 'Anyone' }, { value: 'none', label: 'No liaison yet' }, ...owners]}
        />
        <SelectField
          label="Period"
          name="period"
          required
          value={preset}
          onChange={(event) => setPreset(event.target.value as PeriodPreset)}
          options={periodPresets.map((value) => ({ value, label: periodLabels[value] }))}
        />
        <TextField
          label="From"
          name="from"
          type="date"
          required
          defaultValue={custom ? filter.customFrom : period.from}
          error={errors.from}
          onChange={() => setPreset('custom')}
        />
        <TextField
          label="To"
          name="to"
          type="date"
          required
          defaultValue={custom ? filter.customTo : period.to}
          error={errors.to}
          onChange={() => setPreset('custom')}
        />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-1 lg:mt-6">
          <button type="submit" className={buttonClasses('primary')}>
            Show
          </button>
          <Link href="/dashboard" className={buttonClasses('secondary')}>
            Reset
          </Link>
        </div>
      </form>
    </search>
  );
}
