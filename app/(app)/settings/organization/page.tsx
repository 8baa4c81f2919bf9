import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { timeZoneOptions } from '@/lib/dates';
import { env } from '@/lib/env';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { getRetentionOverview } from '@/lib/retention/queries';
import { OrganizationForm } from './organization-form';
import { RetentionSection } from './retention-section';

export const metadata: Metadata = { title: 'Organization settings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationSettingsPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="organization settings" />;
  const db = await getDb();
  const [params, settings, retention] = await Promise.all([
    searchParams,
    getOrganizationSettings(db, ctx),
    getRetentionOverview(db, ctx),
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
          deploymentTiles={deploymentTilesHost()}
          publicNominatim={isPublicNominatim()}
        />
      </Card>
      <RetentionSection overview={retention} saved={saved} timeZone={ctx.timeZone} />
    </div>
  );
}

/** The host of the deployment's own tile server (TILE_URL), to name it beside "the default". */
function deploymentTilesHost(): string | undefined {
  const url = env.tiles().url;
  if (!url) return undefined;
  if (url === 'offline') return 'the offline map';
  try {
    return new URL(url.replace(/\{-?[a-z]+\}/gi, '0')).host;
  } catch {
    return url;
  }
}

/** The public server asks for one lookup a second; a library's own copy does not. */
function isPublicNominatim(): boolean {
  try {
    return new URL(env.nominatimUrl()).host === 'nominatim.openstreetmap.org';
  } catch {
    return false;
  }
}
