import Link from 'next/link';
import { cx } from '@/components/ui/cx';
import { getAuthContext } from '@/lib/auth/context';
import { type LearnMoreOptions, loadLearnMore, panelSelection } from '@/lib/resources/learn-more';
import { type LearnMorePanelKey, learnMorePanels } from '@/lib/resources/panels';
import { topicLabel } from '@/lib/resources/vocabulary';
import { LearnMoreFrame } from './learn-more-frame';
import { ResourceTitle } from './resource-link';

type Props = LearnMoreOptions & {
  /** Which panel: its key decides the topics shown and is what a person closes. */
  panel: LearnMorePanelKey;
  /** `card` (default) for a column beside the page's content; `strip` for the top of a full-screen page. */
  layout?: 'card' | 'strip';
  className?: string;
};

function headingFor(topics: readonly string[]): string {
  const labels = topics.map((topic, index) =>
    index === 0 ? topicLabel(topic) : topicLabel(topic).toLowerCase(),
  );
  const joined = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
  return `Learn more: ${joined}`;
}

/**
 * A few learning resources beside the work they help with, chosen by topic (lib/resources/panels.ts),
 * from what the caller's organization sees. Renders nothing for someone who closed it, or signed out.
 *
 *   <LearnMore panel="interview" />                      an interview page
 *   <LearnMore panel="dashboard" />                      the dashboard
 *   <LearnMore panel="map" layout="strip" />             the map (it notices when it has no partners yet)
 */
export async function LearnMore({ panel, layout = 'card', className, ...options }: Props) {
  const ctx = await getAuthContext();
  if (!ctx || ctx.mustChangePassword) return null;
  const loaded = await loadLearnMore(ctx, panel, options);
  if (!loaded) return null;
  const { items, empty } = loaded;
  const preset = learnMorePanels[panel];
  const { topics } = panelSelection(panel, { ...options, empty });
  const intro =
    panel === 'map' && empty
      ? 'Your map has no partners yet. Start by listing the people, groups and places around your library.'
      : preset.intro;
  const moreTopic = topics[0];

  return (
    <LearnMoreFrame
      panel={panel}
      place={preset.place}
      headingId={`learn-more-${panel}`}
      heading={headingFor(topics)}
      layout={layout}
      open={layout === 'strip' ? empty : undefined}
      className={className}
    >
      <p className="text-sm text-muted">{intro}</p>
      <ul className={cx('mt-2', layout === 'strip' ? 'grid gap-x-6 gap-y-2 md:grid-cols-3' : 'space-y-3')}>
        {items.map((item) => (
          <li key={item.id} className="text-sm">
            <ResourceTitle title={item.title} url={item.url} className="font-medium" />
            <span className="block text-muted">
              {item.own ? 'From your library · ' : ''}
              {item.kind}
              {item.creator ? ` · ${item.creator}` : ''}
              {item.url ? '' : ' · no web address on file'}
            </span>
          </li>
        ))}
      </ul>
      {moreTopic ? (
        <p className="mt-3 text-sm">
          <Link href={`/resources?topic=${moreTopic}`}>
            All resources on {topicLabel(moreTopic).toLowerCase()}
          </Link>
        </p>
      ) : null}
    </LearnMoreFrame>
  );
}
