import type { Metadata } from 'next';
import Link from 'next/link';
import { StageBadge } from '@/components/partners/stage-badge';
import { HealthBadge } from '@/components/relationships/health-badge';
import { LearnMore } from '@/components/resources/learn-more';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDayOf } from '@/lib/dates';
import { loadPartnerPage } from '@/lib/partners/partner-page';
import { categoryLabels } from '@/lib/partners/vocabulary';
import { loadLearnMore } from '@/lib/resources/learn-more';
import { dismissLearnMore } from '@/lib/resources/visibility-actions';
import { ContactsSection } from './contacts-section';
import { ForgetPerson } from './forget-person';
import { HistoryList } from './history-list';
import { LocationCard } from './location-card';
import { LogShortcut } from './log-shortcut';
import { AboutCard, ReachCard, RelationshipCard } from './partner-details';
import { PartnerStatus } from './partner-status';
import { FollowUpsCard, HealthSummary, TimelineCard } from './relationship-sections';
import { StageControl } from './stage-control';
import { StageHistory } from './stage-history';

export const metadata: Metadata = { title: 'Partner' };

type Props = {
  params: Promise<{ partnerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const savedMessages: Record<string, string> = {
  added: 'The partner is added.',
  updated: 'Your changes are saved.',
  unchanged: 'Nothing had changed, so nothing was saved.',
  archived: 'The partner is archived. Nothing was deleted; restore it here whenever you need it.',
  restored: 'The partner is restored: it is back on the map and in the list.',
  forgotten:
    'The person is forgotten: their name, details, contacts, what they said and every mention of them are removed, the audit log included. The record stays archived so the counts stay right.',
};

export default async function PartnerPage({ params, searchParams }: Props) {
  const ctx = await requirePageContext();
  const [{ partnerId }, query] = await Promise.all([params, searchParams]);
  const { partner, contacts, history, provenance, relationship, miniMap } = await loadPartnerPage(
    ctx,
    partnerId,
  );
  const canEdit = roleAtLeast(ctx.role, 'staff') && !partner.forgottenAt;
  const canForget =
    roleAtLeast(ctx.role, 'manager') && partner.category === 'individual' && !partner.forgottenAt;
  const saved = typeof query.saved === 'string' ? savedMessages[query.saved] : undefined;

  return (
    <div className="mx-auto max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/partners">← All partners</Link>
      </p>
      <PageHeader
        title={partner.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{categoryLabels[partner.category]}</span>
            <StageBadge stage={partner.stage} />
            <HealthBadge level={relationship.health.level} />
            {partner.archivedAt ? <Badge tone="neutral">Archived</Badge> : null}
          </span>
        }
        actions={
          canEdit ? (
            <>
              {/* What staff do with a partner, first, so that on a phone it is at the top. */}
              <LogShortcut partnerId={partner.id} />
              {partner.archivedAt ? null : (
                <Link href={`/interviews/new?partner=${partner.id}`} className={buttonClasses('secondary')}>
                  Start an interview
                </Link>
              )}
              <StageControl
                partner={{
                  id: partner.id,
                  name: partner.name,
                  version: partner.version,
                  stage: partner.stage,
                }}
              />
              <Link href={`/partners/${partner.id}/edit`} className={buttonClasses('secondary')}>
                Edit partner
              </Link>
            </>
          ) : null
        }
      />
      {saved ? (
        <Alert tone="success" className="mb-6">
          {saved}
        </Alert>
      ) : null}
      {partner.forgottenAt && !saved ? (
        <Alert className="mb-6" title="Forgotten at their request">
          On {formatDayOf(partner.forgottenAt, ctx.timeZone)} this person asked to be forgotten. Nothing that
          described them is kept; the record stays, archived and without a name, so that counts stay right.
        </Alert>
      ) : partner.archivedAt && !saved ? (
        <Alert tone="warning" className="mb-6" title="Archived">
          Archived on {formatDayOf(partner.archivedAt, ctx.timeZone)}. It is not on the map or in the partner
          list, and nothing of it was deleted.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <AboutCard partner={partner} />
          <RelationshipCard partner={partner} provenance={provenance} today={relationship.today} />
          <TimelineCard
            partnerId={partner.id}
            partner={{ id: partner.id, name: partner.name, stage: partner.stage, version: partner.version }}
            data={relationship}
            canEdit={canEdit}
            me={ctx.membershipId}
            startLogging={query.log === '1'}
          />
          <Card aria-labelledby="contacts-heading">
            <CardTitle id="contacts-heading">Contacts</CardTitle>
            <ContactsSection
              partnerId={partner.id}
              canEdit={canEdit && !partner.forgottenAt}
              canForget={roleAtLeast(ctx.role, 'manager')}
              contacts={contacts.map((contact) => ({
                id: contact.id,
                version: contact.version,
                name: contact.name,
                role: contact.role,
                email: contact.email,
                phone: contact.phone,
                preferredLanguage: contact.preferredLanguage,
                notes: contact.notes,
                shareWithViewers: contact.shareWithViewers,
                detailsWithheld: contact.detailsWithheld,
              }))}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="health-heading">
            <CardTitle id="health-heading">Relationship health</CardTitle>
            <div className="mt-3">
              <HealthSummary health={relationship.health} />
            </div>
          </Card>
          <FollowUpsCard partnerId={partner.id} data={relationship} canEdit={canEdit} me={ctx.membershipId} />
          <Card aria-labelledby="stage-history-heading">
            <CardTitle id="stage-history-heading">Stage history</CardTitle>
            <StageHistory items={relationship.timeline} />
          </Card>
          <LocationCard partner={partner} map={miniMap} canEdit={canEdit} />
          <ReachCard partner={partner} />
          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">History</CardTitle>
            <HistoryList entries={history} timeZone={ctx.timeZone} />
            <p className="mt-4 text-xs text-muted">
              Added {formatDayOf(partner.createdAt, ctx.timeZone)}
              {partner.createdByName ? ` by ${partner.createdByName}` : ''}. Last changed{' '}
              {formatDayOf(partner.updatedAt, ctx.timeZone)}
              {partner.updatedByName ? ` by ${partner.updatedByName}` : ''}.
            </p>
          </Card>
          {canEdit ? (
            <Card aria-labelledby="manage-heading">
              <CardTitle id="manage-heading">Archive or forget</CardTitle>
              <p className="mt-2 text-sm text-muted">
                {partner.archivedAt
                  ? 'Restoring brings it back to the map, the list and exports.'
                  : 'Archiving takes it off the map and the list; nothing is deleted.'}
                {canForget
                  ? ' When a person asks the library to forget them, a manager forgets them here.'
                  : ''}
              </p>
              <div className="mt-3 flex flex-wrap gap-2">
                <PartnerStatus
                  partner={{
                    id: partner.id,
                    version: partner.version,
                    name: partner.name,
                    archived: partner.archivedAt !== null,
                  }}
                />
                {canForget ? <ForgetPerson partner={{ id: partner.id, name: partner.name }} /> : null}
              </div>
            </Card>
          ) : null}
          <LearnMore data={await loadLearnMore(ctx, 'partner')} dismiss={dismissLearnMore} />
        </div>
      </div>
    </div>
  );
}
