import Link from 'next/link';
import { NoAddressNote, ResourceTitle } from '@/components/resources/resource-link';
import { Badge } from '@/components/ui/badge';
import { helpsWhenPhrase } from '@/lib/resources/moments';
import type { ResourceRow } from '@/lib/resources/queries';
import { kindLabel, topicLabel } from '@/lib/resources/vocabulary';
import { HideResourceButton, OwnResourceActions } from './entry-actions';

/** One resource in the list: what it is, who made it, why it helps, and where it lives. */
export function ResourceEntry({ resource, canManage }: { resource: ResourceRow; canManage: boolean }) {
  const own = resource.orgId !== null;
  const phrase = helpsWhenPhrase(resource.useWhen);
  const byline = [resource.creator, resource.year ? String(resource.year) : null].filter(Boolean).join(' · ');
  return (
    <li id={`resource-${resource.id}`} className="scroll-mt-4 py-5 first:pt-0 last:pb-0">
      <article aria-labelledby={`resource-${resource.id}-title`} className="space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0 space-y-1">
            <h3 id={`resource-${resource.id}-title`} className="text-base font-semibold text-ink">
              <ResourceTitle title={resource.title} url={resource.url} />
            </h3>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
              <Badge tone="brand">{kindLabel(resource.kind)}</Badge>
              {own ? <Badge tone="warning">Added by your library</Badge> : null}
              {byline ? <span>{byline}</span> : null}
            </p>
          </div>
          {canManage ? (
            own ? (
              <OwnResourceActions
                resource={{ id: resource.id, title: resource.title, version: resource.version }}
              />
            ) : (
              <HideResourceButton resource={{ id: resource.id, title: resource.title }} />
            )
          ) : null}
        </div>
        {resource.summary ? <p className="max-w-3xl text-ink">{resource.summary}</p> : null}
        {phrase ? (
          <p className="text-sm">
            <span className="font-medium">Helps when </span>
            {phrase}.
          </p>
        ) : null}
        {resource.url ? null : <NoAddressNote className="block" />}
        {resource.topics.length ? (
          <p className="text-sm text-muted">
            Topics:{' '}
            {resource.topics.map((topic, index) => (
              <span key={topic}>
                {index > 0 ? ', ' : ''}
                <Link href={`/resources?topic=${encodeURIComponent(topic)}`}>{topicLabel(topic)}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </article>
    </li>
  );
}
