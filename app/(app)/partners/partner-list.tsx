import Link from 'next/link';
import { StageBadge } from '@/components/partners/stage-badge';
import { HealthBadge } from '@/components/relationships/health-badge';
import { Badge } from '@/components/ui/badge';
import type { PartnerListRow } from '@/lib/partners/queries';
import { agesText, categoryLabels } from '@/lib/partners/vocabulary';
import { daysSince, healthOf } from '@/lib/relationships/health-levels';
import { formatDay, isOverdue } from './format';

function FollowUp({ day }: { day: string | null }) {
  if (!day) return <span className="text-muted">None</span>;
  return (
    <>
      <time dateTime={day}>{formatDay(day)}</time>
      {isOverdue(day) ? (
        <>
          {' '}
          <Badge tone="warning">Overdue</Badge>
        </>
      ) : null}
    </>
  );
}

function NameLink({ partner }: { partner: PartnerListRow }) {
  return (
    <>
      <Link href={`/partners/${partner.id}`} className="font-medium">
        {partner.name}
      </Link>
      {partner.archivedAt ? (
        <>
          {' '}
          <Badge tone="neutral">Archived</Badge>
        </>
      ) : null}
    </>
  );
}

function Health({ partner, cadenceDays, now }: { partner: PartnerListRow; cadenceDays: number; now: Date }) {
  return (
    <HealthBadge
      level={healthOf(partner.lastInteractionAt, cadenceDays, now)}
      days={daysSince(partner.lastInteractionAt, now)}
    />
  );
}

/** A table on wider screens; on a phone, the same partners as stacked cards. */
export function PartnerList({
  partners,
  caption,
  cadenceDays,
}: {
  partners: PartnerListRow[];
  caption: string;
  /** The organization's relationship-health cadence, in days. */
  cadenceDays: number;
}) {
  const now = new Date();
  return (
    <>
      <ul className="divide-y divide-line md:hidden" aria-label={caption}>
        {partners.map((partner) => (
          <li key={partner.id} className="space-y-2 px-5 py-4">
            <p>
              <NameLink partner={partner} />
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StageBadge stage={partner.stage} />
              <Health partner={partner} cadenceDays={cadenceDays} now={now} />
              <span className="text-muted">{categoryLabels[partner.category]}</span>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">Ages</dt>
              <dd>{agesText(partner.agesServed) || 'Not recorded'}</dd>
              <dt className="text-muted">Branch</dt>
              <dd>{partner.branchName ?? 'None'}</dd>
              <dt className="text-muted">Liaison</dt>
              <dd>{partner.ownerName ?? 'No one yet'}</dd>
              <dt className="text-muted">Follow-up</dt>
              <dd>
                <FollowUp day={partner.nextFollowUpOn} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="hidden overflow-x-auto md:block" aria-labelledby="partners-caption" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <caption id="partners-caption" className="px-6 pt-4 pb-2 text-left text-muted">
            {caption}
          </caption>
          <thead className="border-b border-line bg-paper text-xs font-semibold tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-6 py-3">
                Name
              </th>
              <th scope="col" className="px-3 py-3">
                Stage
              </th>
              <th scope="col" className="px-3 py-3">
                Health
              </th>
              <th scope="col" className="px-3 py-3">
                Category
              </th>
              <th scope="col" className="px-3 py-3">
                Ages served
              </th>
              <th scope="col" className="px-3 py-3">
                Primary branch
              </th>
              <th scope="col" className="px-3 py-3">
                Staff liaison
              </th>
              <th scope="col" className="px-6 py-3">
                Next follow-up
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {partners.map((partner) => (
              <tr key={partner.id} className={partner.archivedAt ? 'bg-stone-50 align-top' : 'align-top'}>
                <th scope="row" className="min-w-48 px-6 py-3 font-normal">
                  <NameLink partner={partner} />
                </th>
                <td className="px-3 py-3">
                  <StageBadge stage={partner.stage} />
                </td>
                <td className="px-3 py-3">
                  <Health partner={partner} cadenceDays={cadenceDays} now={now} />
                </td>
                <td className="px-3 py-3">{categoryLabels[partner.category]}</td>
                <td className="min-w-40 px-3 py-3">
                  {agesText(partner.agesServed) || <span className="text-muted">Not recorded</span>}
                </td>
                <td className="px-3 py-3">
                  {partner.branchName ?? <span className="text-muted">None</span>}
                </td>
                <td className="px-3 py-3">
                  {partner.ownerName ?? <span className="text-muted">No one yet</span>}
                </td>
                <td className="px-6 py-3 whitespace-nowrap">
                  <FollowUp day={partner.nextFollowUpOn} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
