import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { InterviewFilter } from '@/lib/interviews/queries';

type Option = { value: string; label: string };

/** The interview list's filters: a plain GET form, so every view has a link to share. */
export function InterviewFilters({
  filter,
  guides,
  members,
  themes,
  statuses,
  partner,
}: {
  filter: InterviewFilter;
  guides: Option[];
  members: Option[];
  themes: string[];
  statuses: Option[];
  partner: { id: string; name: string } | null;
}) {
  const any = (label: string, options: Option[]) => [{ value: '', label }, ...options];
  return (
    <form action="/interviews" method="get" className="space-y-4">
      {partner ? (
        <p className="text-sm">
          <input type="hidden" name="partner" value={partner.id} />
          Showing interviews with <strong>{partner.name}</strong>.{' '}
          <Link href="/interviews">Show all partners</Link>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label="Guide"
          name="guide"
          defaultValue={filter.guideId ?? ''}
          options={any('Any guide', guides)}
        />
        <SelectField
          label="Interviewer"
          name="interviewer"
          defaultValue={filter.interviewerId ?? ''}
          options={any('Anyone', members)}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={filter.status ?? ''}
          options={any('Draft or complete', statuses)}
        />
        <div>
          <TextField
            label="Theme"
            name="theme"
            defaultValue={filter.theme ?? ''}
            list="interview-theme-options"
            maxLength={60}
          />
          <datalist id="interview-theme-options">
            {themes.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
        </div>
        <TextField label="From" name="from" type="date" defaultValue={filter.from ?? ''} />
        <TextField label="To" name="to" type="date" defaultValue={filter.to ?? ''} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">Show interviews</Button>
        <Link href="/interviews" className="self-center text-sm">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
