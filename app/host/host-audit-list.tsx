import { formatMoment } from '@/lib/dates';
import type { HostAuditRow } from '@/lib/host/queries';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function sentence(entry: HostAuditRow): string {
  const name = text(entry.details.name);
  switch (entry.action) {
    case 'organization.create':
      return `Created ${name}, with ${text(entry.details.adminEmail)} as its first admin`;
    case 'organization.invite_admin':
      return `Made a new link for ${text(entry.details.adminEmail)} to be the first admin of ${name}`;
    case 'organization.suspend':
      return `Suspended ${name}`;
    case 'organization.reopen':
      return `Reopened ${name}`;
    case 'organization.delete_schedule':
      return `Scheduled the deletion of ${name}, after ${text(entry.details.deletionScheduledFor).slice(0, 10)}`;
    case 'organization.delete_cancel':
      return `Cancelled the deletion of ${name}`;
    case 'organization.purge':
      return `Deleted ${name} and everything it held`;
    case 'host_admin.add':
      return `Made ${text(entry.details.email)} a host admin`;
    default:
      return entry.action;
  }
}

/** The latest host actions, newest first: who did what, when (in UTC: the host is in no library's zone). */
export function HostAuditList({ entries }: { entries: HostAuditRow[] }) {
  if (!entries.length) return <p className="text-muted">Nothing yet.</p>;
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:justify-between sm:gap-4">
          <span className="min-w-0 break-words">
            {sentence(entry)}
            <span className="text-muted">
              {' '}
              ·{' '}
              {entry.actorName ??
                (entry.action === 'organization.purge' ? 'automatically' : 'the command line')}
            </span>
          </span>
          <time dateTime={entry.createdAt.toISOString()} className="shrink-0 text-sm text-muted">
            {formatMoment(entry.createdAt, 'UTC')}
          </time>
        </li>
      ))}
    </ol>
  );
}
