import { Card } from '@/components/ui/card';
import { ShowAgainButton } from './entry-actions';

type Hidden = { id: string; title: string; hiddenAt: Date };

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** Built-in resources the organization hid, for admins and managers to bring back. */
export function HiddenResources({ resources }: { resources: Hidden[] }) {
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
              <p className="text-sm text-muted">Hidden on {day.format(resource.hiddenAt)}</p>
            </div>
            <ShowAgainButton resource={{ id: resource.id, title: resource.title }} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
