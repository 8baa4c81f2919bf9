import { ChangeDetails } from '@/components/ui/change-details';
import { formatMoment } from '@/lib/dates';
import type { HistoryEntry } from '@/lib/partners/history';

/** The partner's changes, newest first, each with who and when and, on request, what changed. */
/** Times are in the organization's zone, `timeZone`. */
export function HistoryList({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="mt-3 text-muted">No changes recorded yet.</p>;
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-brand-200 pl-3 text-sm">
          <p>
            <span className="font-medium text-ink">
              {entry.what}
              {entry.contactName ? `: ${entry.contactName}` : entry.erased ? ' (details removed)' : ''}
            </span>{' '}
            <span className="text-muted">
              by {entry.actorName ?? 'the system'},{' '}
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at, timeZone)}</time>
            </span>
          </p>
          {/* Additions, removals and archiving say all there is; only edits list what changed. */}
          {entry.changes.length > 0 && entry.action.endsWith('.update') ? (
            <ChangeDetails changes={entry.changes} max={160} className="mt-1" />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
