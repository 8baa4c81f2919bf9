import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { createArea } from '@/lib/areas/actions';
import { loadNewArea } from '@/lib/areas/load';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { NewAreaForm } from './new-area-form';

export const metadata: Metadata = { title: 'Draw a new area' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAreaPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="area settings" />;
  const [params, { sets, branches, map }] = await Promise.all([searchParams, loadNewArea(ctx)]);
  const wanted = typeof params.set === 'string' ? params.set : '';
  const hasServiceAreas = sets.some((set) => set.kind === 'service_areas');
  const setId = sets.some((set) => set.id === wanted)
    ? wanted
    : wanted === 'service' && !hasServiceAreas
      ? 'service'
      : (sets[0]?.id ?? 'service');

  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/settings/areas">← All areas</Link>
      </p>
      <PageHeader
        title="Draw a new area"
        description="Name the area, then draw its outline on the map or enter its corners."
      />
      <Card>
        <NewAreaForm
          sets={sets}
          hasServiceAreas={hasServiceAreas}
          initialSetId={setId}
          branches={branches}
          map={map}
          createArea={createArea}
        />
      </Card>
    </div>
  );
}
