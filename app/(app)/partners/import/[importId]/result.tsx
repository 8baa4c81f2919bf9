import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card, CardTitle } from '@/components/ui/card';
import { formatMoment } from '@/lib/dates';
import { fileRemovedMessage } from '@/lib/import/status';
import type { ImportJob } from '@/lib/import/types';
import { ResumeButton, UndoButton } from './step-actions';

const number = new Intl.NumberFormat('en-US');

/** A finished, stopped or undone import: what it did, what to place by hand, and undo or resume. */
/** Times are in the organization's zone, `timeZone`. */
export function ImportResult({
  job,
  canUndo,
  timeZone,
}: {
  job: ImportJob;
  canUndo: boolean;
  timeZone: string;
}) {
  const unit = job.table.unit === 'place' ? 'Place' : 'Row';
  return (
    <div className="space-y-6">
      {job.status === 'failed' ? (
        <Alert tone="error" title="The import stopped">
          {job.error} {number.format(job.cursor)} of {number.format(job.totalRows)} {unit.toLowerCase()}s were
          done.
        </Alert>
      ) : null}
      {job.status === 'undone' && job.undoneAt ? (
        <Alert tone="info">This import was undone {formatMoment(job.undoneAt, timeZone)}.</Alert>
      ) : null}
      {job.rowsRemovedAt && job.status !== 'undone' && (job.status === 'failed' || job.invalidCount > 0) ? (
        <Alert tone="info">
          {job.status === 'failed'
            ? fileRemovedMessage
            : `The rows of this file were removed ${formatMoment(job.rowsRemovedAt, timeZone)} under your organization’s data retention setting, so the problems can no longer be downloaded.`}
        </Alert>
      ) : null}
      <Card>
        <CardTitle>
          {job.status === 'done' ? 'Imported' : job.status === 'undone' ? 'What it had done' : 'Done so far'}
        </CardTitle>
        <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-3">
          {[
            ['Partners added', job.createdCount],
            ['Merged into partners you have', job.mergedCount],
            ['Skipped as duplicates', job.skippedCount],
            [`${unit}s with problems, left out`, job.invalidCount],
            ['Placed by their address', job.geocodedCount],
            ['To place by hand', job.unplaced.length],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-semibold text-ink">{number.format(Number(value))}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {job.invalidCount && !job.rowsRemovedAt ? (
            <a href={`/api/imports/${job.id}/problems`} download>
              Download the problems (CSV)
            </a>
          ) : null}
          {job.status !== 'undone' ? <Link href="/partners?sort=updated">See the partners</Link> : null}
          {job.finishedAt ? (
            <span className="text-muted">Finished {formatMoment(job.finishedAt, timeZone)}</span>
          ) : null}
        </p>
      </Card>

      {job.status !== 'undone' && job.unplaced.length ? (
        <Card>
          <CardTitle>To place by hand ({number.format(job.unplaced.length)})</CardTitle>
          <p className="mt-1 text-sm text-muted">
            These partners came in without a point on the map: their address was not found, or the file gave
            none.
          </p>
          <ul className="mt-3 divide-y divide-line text-sm">
            {job.unplaced.slice(0, 200).map((u) => (
              <li key={u.partnerId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <Link href={`/partners/${u.partnerId}/edit`} className="font-medium">
                    Place {u.name}
                  </Link>
                  <span className="text-muted">
                    {' '}
                    · {unit.toLowerCase()} {u.row}
                    {u.address ? ` · ${u.address}` : ''}
                  </span>
                </span>
                <span className="text-muted">{u.reason}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {canUndo &&
      (job.status === 'done' || job.status === 'failed') &&
      job.createdCount + job.mergedCount > 0 ? (
        <Card>
          <CardTitle>Undo</CardTitle>
          <p className="mt-1 mb-3 text-sm text-muted">
            Took in the wrong file? Undo removes what this import brought in, as long as no one has changed
            those partners since.
          </p>
          <UndoButton jobId={job.id} created={job.createdCount} merged={job.mergedCount} />
        </Card>
      ) : null}
      {job.status === 'failed' && !job.rowsRemovedAt ? <ResumeButton jobId={job.id} /> : null}
    </div>
  );
}
