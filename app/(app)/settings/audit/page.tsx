import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ChangeDetails } from '@/components/ui/change-details';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { type Column, ResponsiveTable } from '@/components/ui/responsive-table';
import { auditChanges, auditRecordName, describeAuditAction, describeEntityType } from '@/lib/audit/describe';
import { loadAuditLog } from '@/lib/audit/loaders';
import type { AuditRow } from '@/lib/audit/queries';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { formatMoment } from '@/lib/dates';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageNumber(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isSafeInteger(value) && value >= 1 ? value : 1;
}

export default async function AuditLogPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="the audit log" />;
  const page = pageNumber((await searchParams).page);
  const { rows, total, pageSize } = await loadAuditLog(ctx, page);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in Partner Atlas for your library: who made it, when, and what changed. Newest first."
        actions={
          <a href="/api/settings/audit" className={buttonClasses('secondary')} download>
            Download CSV
          </a>
        }
      />
      {total === 0 ? (
        <Card>
          <p className="text-muted">
            Nothing has been changed yet. Changes appear here as soon as they are made.
          </p>
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <p className="text-muted">
            There is no page {page}: the log has {pages} {pages === 1 ? 'page' : 'pages'}.{' '}
            <Link href="/settings/audit">Go to the newest entries</Link>
          </p>
        </Card>
      ) : (
        <Card className="p-0 sm:p-0">
          <ResponsiveTable
            id="audit-caption"
            caption={`Entries ${first} to ${first + rows.length - 1} of ${total}, newest first`}
            columns={auditColumns(ctx.timeZone)}
            rows={rows}
            rowKey={(row) => row.id}
          />
        </Card>
      )}
      {pages > 1 ? (
        <Pager
          label="Audit log pages"
          page={page}
          pages={pages}
          href={(target) => (target === 1 ? '/settings/audit' : `/settings/audit?page=${target}`)}
          previous="← Newer entries"
          next="Older entries →"
        />
      ) : null}
    </>
  );
}

/** The log's columns; times are in the organization's zone, with its short name ("PST"). */
const auditColumns = (timeZone: string): Column<AuditRow>[] => [
  {
    header: 'When',
    className: 'min-w-32 sm:whitespace-nowrap',
    cell: (row) => (
      <time dateTime={row.createdAt.toISOString()}>{formatMoment(row.createdAt, timeZone)}</time>
    ),
  },
  { header: 'Who', cell: (row) => row.actorName ?? <span className="text-muted">System</span> },
  {
    header: 'What',
    rowHeader: true,
    className: 'font-medium text-ink',
    cell: (row) => describeAuditAction(row.action),
  },
  {
    header: 'Record',
    className: 'min-w-40',
    cell: (row) => (
      <>
        <span className="text-muted">{describeEntityType(row.entityType)}:</span>{' '}
        {auditRecordName(row) ?? <code className="text-xs">{row.entityId.slice(0, 8)}</code>}
      </>
    ),
  },
  { header: 'Changes', className: 'min-w-56', cell: (row) => <Changes row={row} /> },
];

function Changes({ row }: { row: AuditRow }) {
  const changes = auditChanges(row.before, row.after);
  if (changes.length === 0) return <span className="text-muted">No details</span>;
  return <ChangeDetails changes={changes} />;
}
