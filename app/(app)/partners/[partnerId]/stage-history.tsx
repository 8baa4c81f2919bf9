import type { TimelineItem } from '@/lib/relationships/timeline-types';

type StageItem = Extract<TimelineItem, { type: 'stage' }>;

/** Every stage the partner has been at, newest first: who moved it, when and why. Never rewritten. */
export function StageHistory({ items }: { items: TimelineItem[] }) {
  const moves = items.filter((item): item is StageItem => item.type === 'stage');
  if (moves.length === 0) return <p className="mt-3 text-sm text-muted">No stage recorded yet.</p>;
  return (
    <ol aria-label="Stage history, newest first" className="mt-3 space-y-3">
      {moves.map((move) => (
        <li key={move.id} className="border-l-2 border-amber-300 pl-3 text-sm">
          <p className="font-medium text-ink">
            {move.fromLabel ? (
              <>
                {move.fromLabel} <span aria-hidden="true">→</span>
                <span className="sr-only"> to </span> {move.toLabel}
              </>
            ) : (
              <>Started at {move.toLabel}</>
            )}
          </p>
          <p className="text-muted">
            <time dateTime={move.day}>{move.dayText}</time>
            {move.by ? `, by ${move.by}` : ''}
          </p>
          {move.note ? <p className="mt-1 whitespace-pre-line break-words">{move.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
