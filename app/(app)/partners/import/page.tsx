import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatMoment } from '@/lib/dates';
import { loadImports } from '@/lib/import/pages';
import type { ImportListRow } from '@/lib/import/queries';
import { importStatusLabels, importStatusTone } from '@/lib/import/status';
import { UploadForm } from './upload-form';

export const metadata: Metadata = { title: 'Import partners' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportsPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager'))
    return <NoAccess what="importing partners" who="managers and admins" />;
  const params = await searchParams;
  const imports = await loadImports(ctx);
  return (
    <>
      <PageHeader
        title="Import partners"
        description="Bring in a spreadsheet of partners, or the places of a map you made elsewhere. Nothing is written until you have checked the rows, and a finished import can be undone."
        actions={
          <Link href="/partners" className="font-medium">
            Back to partners
          </Link>
        }
      />
      {params.discarded ? (
        <Alert tone="success" className="mb-6">
          The import was discarded. Nothing was imported.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardTitle>Upload a file</CardTitle>
          <ol className="mt-2 mb-4 list-decimal space-y-1 pl-5 text-sm text-muted">
            <li>Upload the file.</li>
            <li>Check which field each column fills.</li>
            <li>Review the rows: problems, and likely duplicates of partners you have.</li>
            <li>Import, with addresses placed on the map as it goes.</li>
          </ol>
          <UploadForm />
        </Card>
        <Card className="p-0 sm:p-0">
          <div className="px-5 pt-5 sm:px-6">
            <CardTitle>Earlier imports</CardTitle>
          </div>
          {imports.length === 0 ? (
            <p className="px-5 pt-2 pb-5 text-sm text-muted sm:px-6">No imports yet.</p>
          ) : (
            <ResponsiveTable<ImportListRow>
              id="imports"
              caption={`${imports.length} ${imports.length === 1 ? 'import' : 'imports'}, newest first`}
              rows={imports}
              rowKey={(row) => row.id}
              columns={[
                {
                  header: 'File',
                  rowHeader: true,
                  cell: (row) => (
                    <Link href={`/partners/import/${row.id}`} className="font-medium break-all">
                      {row.fileName}
                    </Link>
                  ),
                },
                {
                  header: 'Status',
                  phone: 'line',
                  cell: (row) => (
                    <Badge tone={importStatusTone[row.status]}>{importStatusLabels[row.status]}</Badge>
                  ),
                },
                {
                  header: 'Partners',
                  cell: (row) =>
                    row.status === 'done' || row.status === 'undone'
                      ? `${row.createdCount} added, ${row.mergedCount} merged`
                      : `${row.totalRows} rows`,
                },
                { header: 'By', cell: (row) => row.byName ?? 'A former member' },
                { header: 'When', cell: (row) => formatMoment(row.createdAt, ctx.timeZone) },
              ]}
            />
          )}
        </Card>
      </div>
    </>
  );
}
