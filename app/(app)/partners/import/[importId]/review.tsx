import { Alert } from '@/components/ui/alert';
import { Card, CardTitle } from '@/components/ui/card';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import type { ImportJob } from '@/lib/import/types';
import type { ReviewView } from '@/lib/import/view';

type PreviewRow = ReviewView['preview'][number];

import { ReviewForm } from './review-form';
import { DiscardButton, ReviseButton } from './step-actions';

const number = new Intl.NumberFormat('en-US');
const shownProblems = 100;

/** The review step: counts, the first rows as they will be saved, every problem, the duplicates. */
export function ReviewPanel({ job, view }: { job: ImportJob; view: ReviewView }) {
  const unit = view.unit === 'place' ? 'Place' : 'Row';
  const { counts } = view;
  return (
    <div className="space-y-6">
      <Card>
        <CardTitle>What the import will do</CardTitle>
        <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {[
            ['New partners', counts.create],
            ['Merged into partners you have', counts.merge],
            ['Skipped as duplicates', counts.skip],
            [`${unit}s with problems, left out`, counts.invalid],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-semibold text-ink">{number.format(Number(value))}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-muted">
          Counts follow the choices below as they were last saved; defaults apply until you start.
        </p>
      </Card>

      <Card className="p-0 sm:p-0">
        <div className="px-5 pt-5 sm:px-6">
          <CardTitle>The first {view.preview.length} partners, as they will be saved</CardTitle>
        </div>
        <ResponsiveTable<PreviewRow>
          id="preview"
          caption="Preview of the rows the import can take"
          rows={view.preview}
          rowKey={(row) => String(row.rowNumber)}
          columns={[
            {
              header: 'Name',
              rowHeader: true,
              cell: (row) => <span className="font-medium">{row.name}</span>,
            },
            {
              header: unit,
              phone: 'line',
              cell: (row) => (
                <span className="text-muted">
                  {unit} {row.rowNumber}
                </span>
              ),
            },
            { header: 'Will be', phone: 'line', cell: (row) => row.action },
            { header: 'Category', cell: (row) => row.category },
            { header: 'Stage', cell: (row) => row.stage },
            { header: 'Ages', cell: (row) => row.ages || '—' },
            { header: 'Place', cell: (row) => row.place || '—' },
            { header: 'Branch', cell: (row) => row.branch || '—' },
            { header: 'First contact', cell: (row) => row.contact || '—' },
          ]}
        />
      </Card>

      <Card>
        <CardTitle>
          {view.problems.length ? `Problems (${number.format(view.problems.length)})` : 'Problems'}
        </CardTitle>
        {view.problems.length === 0 ? (
          <p className="mt-1 text-sm text-muted">Every {unit.toLowerCase()} can be imported.</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              These {unit.toLowerCase()}s are left out. Fix them in your file and import them again, or go
              back and change the columns.{' '}
              <a href={`/api/imports/${job.id}/problems`} download>
                Download the problems (CSV)
              </a>
            </p>
            <ul className="mt-3 divide-y divide-line text-sm">
              {view.problems.slice(0, shownProblems).map((p, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems in one column
                <li key={index} className="py-2">
                  <span className="font-medium">
                    {unit} {p.rowNumber}, {p.column}:
                  </span>{' '}
                  {p.message}
                  {p.value ? (
                    <span className="text-muted">
                      {' '}
                      (“{p.value.length > 80 ? `${p.value.slice(0, 77)}…` : p.value}”)
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            {view.problems.length > shownProblems ? (
              <p className="mt-2 text-sm text-muted">
                And {number.format(view.problems.length - shownProblems)} more in the download.
              </p>
            ) : null}
          </>
        )}
      </Card>

      {counts.create + counts.merge === 0 ? (
        <Alert tone="warning">No {unit.toLowerCase()} can be imported as the columns are matched now.</Alert>
      ) : null}
      <ReviewForm jobId={job.id} view={view} />
      <div className="flex flex-wrap gap-3">
        <ReviseButton jobId={job.id} />
        <DiscardButton jobId={job.id} />
      </div>
    </div>
  );
}
