import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { updateConsortiumSharing } from '@/lib/consortium/actions';
import { timeZoneOptions } from '@/lib/dates';
import { updateOrganizationSettings } from '@/lib/organization/actions';
import { loadOrganizationSettingsPage } from '@/lib/organization/loaders';
import { applyRetentionNow, updateRetentionSettings } from '@/lib/retention/actions';
import { ConsortiumSection } from './consortium-section';
import { OrganizationForm } from './organization-form';
import { RetentionSection } from './retention-section';

export const metadata: Metadata = { title: 'Organization settings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationSettingsPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="organization settings" />;
  const [params, { settings, retention, consortium, deploymentTiles, publicNominatim }] = await Promise.all([
    searchParams,
    loadOrganizationSettingsPage(ctx),
  ]);
  const saved = typeof params.saved === 'string' ? params.saved : undefined;

  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Organization"
        description="Your library system’s name and time zone, where the map opens, the map under the pins, how addresses are found, how often partners should hear from you, and how long what people told you is kept."
      />
      {saved === '1' ? (
        <Alert tone="success" className="mb-6">
          Your settings are saved.
        </Alert>
      ) : null}
      {settings.timeZoneConfirmed ? null : (
        <Alert tone="warning" className="mb-6" title="Choose your library’s time zone">
          Until you do, Partner Atlas counts days in UTC: “today”, overdue follow-ups, days since the last
          contact and every date and time shown can be a day off for your staff. Choose it under Time zone
          below and save.
        </Alert>
      )}
      <Card className="mb-6">
        {/* A new version remounts the form, so it starts from what was just saved. */}
        <OrganizationForm
          key={settings.version}
          settings={{
            name: settings.name,
            timeZone: settings.timeZone,
            timeZoneConfirmed: settings.timeZoneConfirmed,
            mapCenterLat: settings.mapCenter.lat,
            mapCenterLng: settings.mapCenter.lng,
            mapZoom: settings.mapZoom,
            tileUrl: settings.tiles.organizationUrl,
            tileAttribution: settings.tiles.organizationAttribution,
            geocoder: settings.geocoder,
            healthCadenceDays: settings.healthCadenceDays,
            version: settings.version,
          }}
          timeZones={timeZoneOptions()}
          deploymentTiles={deploymentTiles}
          publicNominatim={publicNominatim}
          save={updateOrganizationSettings}
        />
      </Card>
      <RetentionSection
        overview={retention}
        saved={saved}
        timeZone={ctx.timeZone}
        save={updateRetentionSettings}
        applyNow={applyRetentionNow}
      />
      {consortium.hostExists ? (
        <ConsortiumSection
          key={String(consortium.sharing)}
          sharing={consortium.sharing}
          hostName={consortium.hostName}
          saved={saved === 'consortium'}
          save={updateConsortiumSharing}
        />
      ) : null}
    </div>
  );
}
