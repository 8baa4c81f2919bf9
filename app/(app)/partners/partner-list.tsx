import Link from 'next/link';
import { StageBadge } from '@/components/partners/stage-badge';
import { HealthBadge } from '@/components/relationships/health-badge';
import { Badge } from '@/components/ui/badge';
import { type Column, ResponsiveTable } from '@/components/ui/responsive-table';
import { type Day, formatDay, isOverdue } from '@/lib/dates';
import type { PartnerListRow } from '@/lib/partners/queries';
import { agesText, categoryLabels } from '@/lib/partners/vocabulary';
import { daysSince, healthOf } from '@/lib/relationships/health-levels';

function FollowUp({ day, today }: { day: string | null; today: Day }) {
  if (!day) return muted('None');
  return (
    <>
      <time dateTime={day}>{formatDay(day)}</time>
      {isOverdue(day, today) ? (
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

function Health({
  partner,
  cadenceDays,
  today,
}: {
  partner: PartnerListRow;
  cadenceDays: number;
  today: Day;
}) {
  return (
    <HealthBadge
      level={healthOf(partner.lastInteractionAt, cadenceDays, today)}
      days={daysSince(partner.lastInteractionAt, today)}
    />
  );
}

function muted(text: string) {
  return <span className="text-muted">{text}</span>;
}

/** The list's columns; health is read against the organization's cadence, as of its today. */
function columnsFor(cadenceDays: number, today: Day): Column<PartnerListRow>[] {
  return [
    { header: 'Name', rowHeader: true, className: 'min-w-48', cell: (p) => <NameLink partner={p} /> },
    { header: 'Stage', phone: 'line', cell: (p) => <StageBadge stage={p.stage} /> },
    {
      header: 'Health',
      phone: 'line',
      cell: (p) => <Health partner={p} cadenceDays={cadenceDays} today={today} />,
    },
    { header: 'Category', phone: 'line', cell: (p) => categoryLabels[p.category] },
    {
      header: 'Ages served',
      phoneLabel: 'Ages',
      className: 'min-w-40',
      cell: (p) => agesText(p.agesServed) || muted('Not recorded'),
    },
    { header: 'Primary branch', phoneLabel: 'Branch', cell: (p) => p.branchName ?? muted('None') },
    { header: 'Staff liaison', phoneLabel: 'Liaison', cell: (p) => p.ownerName ?? muted('No one yet') },
    {
      header: 'Next follow-up',
      phoneLabel: 'Follow-up',
      className: 'whitespace-nowrap',
      cell: (p) => <FollowUp day={p.nextFollowUpOn} today={today} />,
    },
  ];
}

/** A table on wider screens; on a phone, the same partners as stacked cards. */
export function PartnerList({
  partners,
  caption,
  cadenceDays,
  today,
}: {
  partners: PartnerListRow[];
  caption: string;
  /** The organization's relationship-health cadence, in days. */
  cadenceDays: number;
  /** Today in the organization's zone. */
  today: Day;
}) {
  return (
    <ResponsiveTable
      id="partners-caption"
      caption={caption}
      columns={columnsFor(cadenceDays, today)}
      rows={partners}
      rowKey={(p) => p.id}
      rowClassName={(p) => (p.archivedAt ? 'bg-stone-50' : undefined)}
    />
  );
}
