import type { Period } from '@/lib/dashboard/filters';
import type { Headline } from '@/lib/dashboard/partner-queries';
import { headlineLabels } from '@/lib/dashboard/tables';
import { formatDay } from '@/lib/dates';

/** The five numbers a board asks for first, each with what it counts. */
export function HeadlineNumbers({
  headline,
  period,
  today,
}: {
  headline: Headline;
  period: Period;
  today: string;
}) {
  const items: { key: keyof typeof headlineLabels; hint: string }[] = [
    { key: 'partners', hint: 'Active today, archived ones left out' },
    { key: 'strong', hint: 'At the collaborating or sustained stage today' },
    { key: 'newInPeriod', hint: `Added since ${formatDay(period.from)}` },
    { key: 'interviews', hint: 'Completed, held in the period' },
    { key: 'overdueFollowUps', hint: `Open and due before ${formatDay(today)}` },
  ];
  return (
    <section aria-labelledby="headline-heading" className="dashboard-section">
      <h2 id="headline-heading" className="sr-only">
        Headline numbers
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {items.map((item) => (
          <div key={item.key} className="rounded-lg border border-line bg-white p-4 shadow-sm">
            <dt className="text-sm font-medium text-muted">{headlineLabels[item.key]}</dt>
            <dd className="mt-1 text-3xl font-semibold text-ink tabular-nums">{headline[item.key]}</dd>
            <dd className="mt-1 text-xs text-muted">{item.hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
