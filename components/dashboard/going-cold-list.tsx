import Link from 'next/link';
import { StageBadge } from '@/components/partners/stage-badge';
import { cx } from '@/components/ui/cx';
import type { GoingCold } from '@/lib/dashboard/partner-queries';
import { type Day, daysBetween, formatDay } from '@/lib/dates';
import { healthLabels } from '@/lib/relationships/health';

const tones = {
  cold: 'bg-sky-50 text-sky-950 ring-sky-300',
  cooling: 'bg-amber-50 text-amber-950 ring-amber-300',
} as const;

// A filled or half-filled circle beside the word, so the level reads without colour.
function HealthMark({ level }: { level: 'cold' | 'cooling' }) {
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[level],
      )}
    >
      <span aria-hidden="true">{level === 'cold' ? '●' : '◐'}</span>
      {healthLabels[level]}
    </span>
  );
}

/** Cold and cooling partners, longest without contact first. Partners only, never people. */
export function GoingColdList({ data, today }: { data: GoingCold; today: Day }) {
  const daysAgo = (day: Day) => daysBetween(day, today);
  return (
    <ol className="divide-y divide-line">
      {data.partners.map((partner) => (
        <li key={partner.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5">
          <div className="min-w-0">
            <Link href={`/partners/${partner.id}`} className="font-medium">
              {partner.name}
            </Link>
            <p className="text-sm text-muted">
              Last contact {formatDay(partner.lastInteractionAt)} ({daysAgo(partner.lastInteractionAt)} days
              ago)
              {partner.branchName ? ` · ${partner.branchName}` : ''}
            </p>
          </div>
          <div className="flex items-center gap-2">
            <StageBadge stage={partner.stage} />
            <HealthMark level={partner.health} />
          </div>
        </li>
      ))}
    </ol>
  );
}
