import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { auditChanges, auditRecordName, describeAuditAction, describeEntityType } from '@/lib/audit/describe';
import { type AuditRow, listAuditEntries } from '@/lib/audit/queries';
import { requireAdminPage } from '@/lib/auth/admin-page';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// No time zone is kept per organization yet, so the time says which zone it is in.
const dateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function pageNumber(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isSafeInteger(value) && value >= 1 ? value : 1;
}

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export default async function AuditLogPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="the audit log" />;
  const page = pageNumber((await searchParams).page);
  const { rows, total, pageSize } = await listAuditEntries(await getDb(), ctx, { page });
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
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="relative overflow-x-auto" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption id="audit-caption" className="px-5 pt-4 pb-2 text-left text-muted sm:px-6">
                Entries {first} to {first + rows.length - 1} of {total}, newest first
              </caption>
              <thead className="border-b border-line bg-paper text-xs font-semibold uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="px-5 py-3 sm:px-6">
                    When
                  </th>
                  <th scope="col" className="px-3 py-3">
                    Who
                  </th>
                  <th scope="col" className="px-3 py-3">
                    What
                  </th>
                  <th scope="col" className="px-3 py-3">
                    Record
                  </th>
                  <th scope="col" className="px-5 py-3 sm:px-6">
                    Changes
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {rows.map((row) => (
                  <AuditTableRow key={row.id} row={row} />
                ))}
              </tbody>
            </table>
          </section>
        </Card>
      )}
      {pages > 1 ? <Pager page={page} pages={pages} /> : null}
    </>
  );
}

function AuditTableRow({ row }: { row: AuditRow }) {
  const changes = auditChanges(row.before, row.after);
  const name = auditRecordName(row);
  return (
    <tr className="align-top">
      <td className="min-w-32 px-5 py-3 sm:px-6 sm:whitespace-nowrap">
        <time dateTime={row.createdAt.toISOString()}>{dateTime.format(row.createdAt)} UTC</time>
      </td>
      <td className="px-3 py-3">{row.actorName ?? <span className="text-muted">System</span>}</td>
      <th scope="row" className="px-3 py-3 font-medium text-ink">
        {describeAuditAction(row.action)}
      </th>
      <td className="min-w-40 px-3 py-3">
        <span className="text-muted">{describeEntityType(row.entityType)}:</span>{' '}
        {name ?? <code className="text-xs">{row.entityId.slice(0, 8)}</code>}
      </td>
      <td className="min-w-56 px-5 py-3 sm:px-6">
        {changes.length === 0 ? (
          <span className="text-muted">No details</span>
        ) : (
          <details>
            <summary className="cursor-pointer text-brand-700">
              {changes.length === 1 ? '1 change' : `${changes.length} changes`}
            </summary>
            <dl className="mt-2 space-y-1">
              {changes.map((change) => (
                <div key={change.field}>
                  <dt className="font-medium">{change.label}</dt>
                  <dd className="break-words text-muted">
                    <span className="sr-only">from </span>
                    {change.before ? shorten(change.before) : <em>empty</em>}
                    <span aria-hidden="true"> → </span>
                    <span className="sr-only"> to </span>
                    {change.after ? shorten(change.after) : <em>empty</em>}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </td>
    </tr>
  );
}

function Pager({ page, pages }: { page: number; pages: number }) {
  const link = (target: number) => (target === 1 ? '/settings/audit' : `/settings/audit?page=${target}`);
  return (
    <nav aria-label="Audit log pages" className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={link(Math.min(page - 1, pages))} className={buttonClasses('secondary', 'sm')}>
          ← Newer entries
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {Math.min(page, pages)} of {pages}
      </p>
      {page < pages ? (
        <Link href={link(page + 1)} className={buttonClasses('secondary', 'sm')}>
          Older entries →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
