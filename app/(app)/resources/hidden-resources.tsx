import { Card } from '@/components/ui/card';
import { formatDayOf } from '@/lib/dates';
import { ShowAgainButton } from './entry-actions';

type Hidden = { id: string; title: string; hiddenAt: Date };

/** Built-in resources the organization hid, for admins and managers to bring back; days in `timeZone`. */
export function HiddenResources({ resources, timeZone }: { resources: Hidden[]; timeZone: string }) {
  return (
    <Card className="mt-6" aria-labelledby="hidden-resources-heading" id="hidden">
      <h2 id="hidden-resources-heading" className="text-lg font-semibold text-ink">
        Hidden <span className="text-base font-normal text-muted">({resources.length})</span>
      </h2>
      <p className="mt-1 text-sm text-muted">
        Built-in resources your library chose not to show. Nobody in your library sees them, here or beside
        their work, until they are shown again.
      </p>
      <ul className="mt-4 divide-y divide-line">
        {resources.map((resource) => (
          <li key={resource.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium">{resource.title}</p>
              <p className="text-sm text-muted">Hidden on {formatDayOf(resource.hiddenAt, timeZone)}</p>
            </div>
            <ShowAgainButton resource={{ id: resource.id, title: resource.title }} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
