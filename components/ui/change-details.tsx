type Change = { field: string; label: string; before: string; after: string };

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * "3 changes", opening to each field's value before and after (an audit entry, a history line).
 * Long values are cut to `max` characters; a screen reader hears "from … to …".
 */
export function ChangeDetails({
  changes,
  max = 120,
  className,
}: {
  changes: Change[];
  max?: number;
  className?: string;
}) {
  return (
    <details className={className}>
      <summary className="cursor-pointer text-brand-700">
        {changes.length === 1 ? '1 change' : `${changes.length} changes`}
      </summary>
      <dl className="mt-2 space-y-1">
        {changes.map((change) => (
          <div key={change.field}>
            <dt className="font-medium">{change.label}</dt>
            <dd className="break-words text-muted">
              <span className="sr-only">from </span>
              {change.before ? shorten(change.before, max) : <em>empty</em>}
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> to </span>
              {change.after ? shorten(change.after, max) : <em>empty</em>}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
