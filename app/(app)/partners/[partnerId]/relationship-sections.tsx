import Link from 'next/link';
import { daysText, HealthBadge } from '@/components/relationships/health-badge';
import { Card, CardTitle } from '@/components/ui/card';
import { healthLabels } from '@/lib/relationships/health-levels';
import type { RelationshipData } from '@/lib/relationships/relationship-data';
import { FollowUpsSection } from './follow-ups-section';
import type { LogPartner } from './interaction-form';
import { TimelineSection } from './timeline-section';

/** "Cooling: last contact 63 days ago", with what the levels mean for this organization. */
export function HealthSummary({ health }: { health: RelationshipData['health'] }) {
  const half = Math.floor(health.cadence / 2);
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <HealthBadge level={health.level} />
        <span className="font-medium text-ink">
          {health.days === null
            ? 'No contact logged yet'
            : `${healthLabels[health.level]}: last contact ${daysText(health.days)}`}
        </span>
      </p>
      {health.lastText ? <p className="text-muted">Last contact on {health.lastText}.</p> : null}
      <p className="text-muted">
        Warm within {half} days of a contact, cooling up to {health.cadence} days, cold after that.
      </p>
    </div>
  );
}

export function TimelineCard({
  partnerId,
  partner,
  data,
  canEdit,
  me,
  startLogging = false,
}: {
  partnerId: string;
  partner: LogPartner;
  data: RelationshipData;
  canEdit: boolean;
  me: string;
  /** Opens the log form at once (the page's "Log a call, meeting or visit" links here). */
  startLogging?: boolean;
}) {
  const interviews = data.timeline.filter((item) => item.type === 'interview').length;
  return (
    <Card aria-labelledby="timeline-heading">
      <CardTitle id="timeline-heading">Timeline</CardTitle>
      <p className="text-sm text-muted">Calls, meetings, visits, interviews and stage moves, newest first.</p>
      <TimelineSection
        partnerId={partnerId}
        partner={partner}
        items={data.timeline}
        canEdit={canEdit}
        members={data.members}
        workers={data.workers}
        me={me}
        today={data.today}
        startLogging={startLogging}
      />
      {interviews ? (
        <p className="mt-4 text-sm">
          <Link href={`/interviews?partner=${partnerId}`}>Every interview with {partner.name}</Link>
        </p>
      ) : null}
    </Card>
  );
}

export function FollowUpsCard({
  partnerId,
  data,
  canEdit,
  me,
}: {
  partnerId: string;
  data: RelationshipData;
  canEdit: boolean;
  me: string;
}) {
  return (
    <Card aria-labelledby="follow-ups-heading">
      <CardTitle id="follow-ups-heading">Follow-ups</CardTitle>
      <FollowUpsSection
        partnerId={partnerId}
        open={data.followUps.open}
        done={data.followUps.done}
        canAdd={canEdit}
        workers={data.workers}
        me={me}
        defaultDue={data.defaultDue}
      />
    </Card>
  );
}
