import Link from 'next/link';
import { cx } from '@/components/ui/cx';
import type { FormAction } from '@/lib/auth/action';
import type { LearnMorePanel } from '@/lib/resources/learn-more';
import { LearnMoreFrame } from './learn-more-frame';
import { ResourceTitle } from './resource-link';

type Props = {
  /** What the panel shows this person (lib/resources/learn-more.ts); null renders nothing. */
  data: LearnMorePanel | null;
  /** The server action that closes it for this person, from the page. */
  dismiss: FormAction<unknown>;
  /** `card` (default) for a column beside the page's content; `strip` for the top of a full-screen page. */
  layout?: 'card' | 'strip';
  className?: string;
};

/**
 * A few learning resources beside the work they help with. The page loads what to show and hands
 * it down with the action that closes the panel:
 *
 *   <LearnMore data={await loadLearnMore(ctx, 'interview')} dismiss={dismissLearnMore} />
 *   <LearnMore data={await loadLearnMore(ctx, 'map')} dismiss={dismissLearnMore} layout="strip" />
 */
export function LearnMore({ data, dismiss, layout = 'card', className }: Props) {
  if (!data) return null;
  const { panel, items, empty, more } = data;

  return (
    <LearnMoreFrame
      panel={panel}
      place={data.place}
      headingId={`learn-more-${panel}`}
      heading={data.heading}
      layout={layout}
      open={layout === 'strip' ? empty : undefined}
      className={className}
      dismiss={dismiss}
    >
      <p className="text-sm text-muted">{data.intro}</p>
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
      {more ? (
        <p className="mt-3 text-sm">
          <Link href={`/resources?topic=${more.topic}`}>All resources on {more.label}</Link>
        </p>
      ) : null}
    </LearnMoreFrame>
  );
}
