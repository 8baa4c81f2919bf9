import type { HistoryEntry } from '@/lib/partners/history';
import { formatMoment } from '../format';

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The partner's changes, newest first, each with who and when and, on request, what changed. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="mt-3 text-muted">No changes recorded yet.</p>;
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-brand-200 pl-3 text-sm">
          <p>
            <span className="font-medium text-ink">
              {entry.what}
              {entry.contactName ? `: ${entry.contactName}` : ''}
            </span>{' '}
            <span className="text-muted">
              by {entry.actorName ?? 'the system'},{' '}
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at)}</time>
            </span>
          </p>
          {/* Additions, removals and archiving say all there is; only edits list what changed. */}
          {entry.changes.length > 0 && entry.action.endsWith('.update') ? (
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-700">
                {entry.changes.length === 1 ? '1 change' : `${entry.changes.length} changes`}
              </summary>
              <dl className="mt-2 space-y-1">
                {entry.changes.map((change) => (
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
          ) : null}
        </li>
      ))}
    </ol>
  );
}
