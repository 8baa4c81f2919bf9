import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatMoment } from '@/lib/dates';
import { loadImport } from '@/lib/import/pages';
import { progressOf } from '@/lib/import/progress';
import { importStatusLabels } from '@/lib/import/status';
import type { ImportJob } from '@/lib/import/types';
import { MappingForm } from './mapping-form';
import { ProgressPanel } from './progress';
import { ImportResult } from './result';
import { ReviewPanel } from './review';
import { DiscardButton } from './step-actions';
import { Steps } from './steps';

export const metadata: Metadata = { title: 'Import partners' };

type Props = {
  params: Promise<{ importId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function stepOf(job: ImportJob): number {
  if (job.status === 'mapping') return 2;
  if (job.status === 'review') return 3;
  return 4;
}

export default async function ImportPage({ params, searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager'))
    return <NoAccess what="importing partners" who="managers and admins" />;
  const { importId } = await params;
  const query = await searchParams;
  const { job, mapping, review } = await loadImport(ctx, importId);
  const rows = `${job.totalRows.toLocaleString('en-US')} ${job.table.unit}${job.totalRows === 1 ? '' : 's'}`;
  return (
    <>
      <PageHeader
        title={`Import: ${job.fileName}`}
        description={`${rows} · uploaded ${formatMoment(job.createdAt, ctx.timeZone)} · ${importStatusLabels[job.status]}`}
        actions={
          <Link href="/partners/import" className="font-medium">
            All imports
          </Link>
        }
      />
      <Steps current={stepOf(job)} />
      {query.undone ? (
        <Alert tone="success" className="mb-6">
          The import was undone: the partners it brought in were removed, and the ones it merged into got back
          what they held.
        </Alert>
      ) : null}
      {job.table.notes.length && (job.status === 'mapping' || job.status === 'review') ? (
        <Alert tone="info" title="About this file" className="mb-6">
          <ul className="list-disc pl-5">
            {job.table.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {mapping ? (
        <>
          <MappingForm jobId={job.id} view={mapping} />
          <div className="mt-4">
            <DiscardButton jobId={job.id} />
          </div>
        </>
      ) : review ? (
        <ReviewPanel job={job} view={review} />
      ) : job.status === 'queued' || job.status === 'running' ? (
        <Card>
          <CardTitle>Importing</CardTitle>
          <p className="mt-1 mb-4 text-sm text-muted">
            The import runs on the server, a batch at a time, looking up addresses at the pace the address
            service allows. You can leave this page; the result will be here when you come back.
          </p>
          <ProgressPanel jobId={job.id} initial={progressOf(job)} />
        </Card>
      ) : (
        <ImportResult job={job} canUndo={roleAtLeast(ctx.role, 'manager')} timeZone={ctx.timeZone} />
      )}
    </>
  );
}
