import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { type Day, formatDay, isOverdue } from '@/lib/dates';
import type { PartnerDetail } from '@/lib/partners/queries';
import {
  agesText,
  categoryExplanations,
  categoryLabels,
  depthExplanations,
  depthLabels,
  formalityLabels,
  foundViaLabels,
  labelOf,
  labelsOf,
  sectorLabels,
  stageExplanations,
  stageLabels,
} from '@/lib/partners/vocabulary';

const none = <span className="text-muted">Not recorded</span>;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="text-sm break-words text-ink">{children}</dd>
    </div>
  );
}

function Paragraphs({ text }: { text: string }) {
  return text ? <span className="whitespace-pre-line">{text}</span> : none;
}

export function AboutCard({ partner }: { partner: PartnerDetail }) {
  return (
    <Card aria-labelledby="about-heading">
      <CardTitle id="about-heading">About</CardTitle>
      <dl className="mt-2 divide-y divide-line">
        <Row label="Kind of partner">
          {categoryLabels[partner.category]}
          <span className="block text-muted">{categoryExplanations[partner.category]}</span>
        </Row>
        <Row label="Sectors">{labelsOf(sectorLabels, partner.sectors) || none}</Row>
        <Row label="Ages served">{agesText(partner.agesServed) || none}</Row>
        <Row label="Priority communities">
          {partner.priorityCommunities.length ? (
            <span className="flex flex-wrap gap-1">
              {partner.priorityCommunities.map((tag) => (
                <Badge key={tag} tone="brand">
                  {tag}
                </Badge>
              ))}
            </span>
          ) : (
            none
          )}
        </Row>
        <Row label="Description">
          <Paragraphs text={partner.description} />
        </Row>
        <Row label="What they bring">
          <Paragraphs text={partner.strengths} />
        </Row>
        <Row label="What they want">
          <Paragraphs text={partner.interests} />
        </Row>
      </dl>
    </Card>
  );
}

/** The interview that suggested this partner, as its reader may see it (staff and up only). */
export type PartnerProvenance = {
  interviewId: string;
  interviewHeldOn: string;
  suggestedByName: string;
} | null;

export function RelationshipCard({
  partner,
  provenance,
  today,
}: {
  partner: PartnerDetail;
  provenance: PartnerProvenance;
  /** Today in the organization's zone, for "Overdue". */
  today: Day;
}) {
  return (
    <Card aria-labelledby="relationship-heading">
      <CardTitle id="relationship-heading">Relationship</CardTitle>
      <dl className="mt-2 divide-y divide-line">
        <Row label="Stage">
          {stageLabels[partner.stage]}
          <span className="block text-muted">{stageExplanations[partner.stage]}</span>
        </Row>
        {partner.stage === 'ended' ? <Row label="Why it ended">{partner.endedReason || none}</Row> : null}
        <Row label="Depth">
          {partner.depth ? (
            <>
              {depthLabels[partner.depth]}
              <span className="block text-muted">{depthExplanations[partner.depth]}</span>
            </>
          ) : (
            none
          )}
        </Row>
        <Row label="Formality">{labelOf(formalityLabels, partner.formality) || none}</Row>
        <Row label="Staff liaison">
          {partner.ownerName ? (
            <>
              {partner.ownerName}
              {partner.ownerActive === false ? <span className="text-muted"> (deactivated)</span> : null}
            </>
          ) : (
            <span className="text-muted">No one yet</span>
          )}
        </Row>
        <Row label="Primary branch">{partner.branchName ?? <span className="text-muted">None</span>}</Row>
        <Row label="Next follow-up">
          {partner.nextFollowUpOn ? (
            <>
              <time dateTime={partner.nextFollowUpOn}>{formatDay(partner.nextFollowUpOn)}</time>
              {isOverdue(partner.nextFollowUpOn, today) ? (
                <>
                  {' '}
                  <Badge tone="warning">Overdue</Badge>
                </>
              ) : null}
            </>
          ) : (
            <span className="text-muted">None planned</span>
          )}
        </Row>
        <Row label="How we found them">
          {partner.foundVia || partner.foundViaNote ? (
            <>
              {labelOf(foundViaLabels, partner.foundVia)}
              {partner.foundVia && partner.foundViaNote ? ': ' : ''}
              {partner.foundViaNote}
            </>
          ) : (
            none
          )}
          {provenance ? (
            <span className="block text-muted">
              Suggested by {provenance.suggestedByName || 'an interviewee'} in the{' '}
              <Link href={`/interviews/${provenance.interviewId}`}>
                interview of {formatDay(provenance.interviewHeldOn)}
              </Link>
              .
            </span>
          ) : null}
        </Row>
      </dl>
    </Card>
  );
}

export function ReachCard({ partner }: { partner: PartnerDetail }) {
  const nothing = !partner.website && !partner.phone && !partner.email;
  return (
    <Card aria-labelledby="reach-heading">
      <CardTitle id="reach-heading">How to reach them</CardTitle>
      <div className="mt-3 space-y-2 text-sm">
        {partner.website ? (
          <p className="break-all">
            <a href={partner.website} rel="noopener noreferrer" target="_blank">
              {partner.website.replace(/^https?:\/\//, '')}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </p>
        ) : null}
        {partner.phone ? (
          <p>
            <a href={`tel:${partner.phone.replace(/[^\d+]/g, '')}`}>{partner.phone}</a>
          </p>
        ) : null}
        {partner.email ? (
          <p className="break-all">
            <a href={`mailto:${partner.email}`}>{partner.email}</a>
          </p>
        ) : null}
        {partner.detailsWithheld && partner.category === 'individual' ? (
          <p className="text-muted">This partner is a person: only staff see how to reach them.</p>
        ) : nothing ? (
          <p className="text-muted">No website, phone or email recorded.</p>
        ) : null}
      </div>
    </Card>
  );
}
