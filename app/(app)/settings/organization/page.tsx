import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { OrganizationForm } from './organization-form';

export const metadata: Metadata = { title: 'Organization settings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationSettingsPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="organization settings" />;
  const [params, settings] = await Promise.all([searchParams, getOrganizationSettings(await getDb(), ctx)]);

  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Organization"
        description="Your library system’s name and where the map opens for everyone on your staff."
      />
      {params.saved ? (
        <Alert tone="success" className="mb-6">
          Your settings are saved.
        </Alert>
      ) : null}
      <Card>
        {/* A new version remounts the form, so it starts from what was just saved. */}
        <OrganizationForm
          key={settings.version}
          settings={{
            name: settings.name,
            mapCenterLat: settings.mapCenter.lat,
            mapCenterLng: settings.mapCenter.lng,
            mapZoom: settings.mapZoom,
            version: settings.version,
          }}
        />
      </Card>
    </div>
  );
}
