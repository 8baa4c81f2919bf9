import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { deleteArea, updateArea } from '@/lib/areas/actions';
import { loadAreaForEdit } from '@/lib/areas/load';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { AreaOutline } from '../area-outline';
import { RemoveConfirm } from '../remove-confirm';
import { AreaForm } from './area-form';

export const metadata: Metadata = { title: 'Edit area' };

type Props = { params: Promise<{ areaId: string }> };

export default async function EditAreaPage({ params }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="area settings" />;
  const { areaId } = await params;
  const { area, branches, map } = await loadAreaForEdit(ctx, areaId);
  // As a person counts them (and as the drawing map does): each ring's repeated last corner once.
  const corners = area.polygons.reduce(
    (sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length - 1, 0),
    0,
  );

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/settings/areas">← All areas</Link>
        </p>
        <PageHeader title={area.name} description={`An area of ${area.setName}.`} />
        <Card>
          <div className="mb-5 flex flex-wrap items-center gap-4">
            <AreaOutline polygons={area.polygons} label={`The outline of ${area.name}`} />
            <p className="text-sm text-muted">
              Its shape has {corners.toLocaleString('en-US')} corners
              {area.polygons.length > 1 ? ` in ${area.polygons.length} parts` : ''}.
            </p>
          </div>
          <AreaForm
            area={{
              id: area.id,
              version: area.version,
              name: area.name,
              branchId: area.branchId,
              isServiceArea: area.setKind === 'service_areas',
              polygons: area.polygons,
            }}
            branches={branches}
            map={map}
            updateArea={updateArea}
          />
        </Card>
      </div>
      <Card aria-labelledby="remove-heading" className="border-red-200">
        <CardTitle id="remove-heading">Remove this area</CardTitle>
        <p className="my-2 text-sm text-muted">
          The map and the dashboard stop counting partners in it. The audit log keeps a record of it.
        </p>
        <RemoveConfirm
          id={area.id}
          version={area.version}
          start="Remove this area…"
          question={`Remove ${area.name} for good?`}
          confirm={`Yes, remove ${area.name}`}
          action={deleteArea}
        />
      </Card>
    </div>
  );
}
