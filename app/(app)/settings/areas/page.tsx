import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { deleteAreaSet, uploadAreas } from '@/lib/areas/actions';
import { loadAreasSettings } from '@/lib/areas/load';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { RemoveConfirm } from './remove-confirm';
import { UploadAreasForm } from './upload-areas-form';

export const metadata: Metadata = { title: 'Areas' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AreasPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="area settings" />;
  const [params, { sets, branches }] = await Promise.all([searchParams, loadAreasSettings(ctx)]);
  const hasServiceAreas = sets.some((set) => set.kind === 'service_areas');
  const withoutArea = hasServiceAreas
    ? branches.filter(
        (b) => !sets.some((s) => s.kind === 'service_areas' && s.areas.some((a) => a.branchId === b.id)),
      )
    : branches;

  return (
    <>
      <PageHeader
        title="Areas"
        description="The places the map and the dashboard count partners in: each branch’s service area, and any neighbourhoods, tracts or districts you upload."
      />
      {params.saved ? (
        <Alert tone="success" className="mb-6">
          The area is saved.
        </Alert>
      ) : null}
      {params.removed ? (
        <Alert tone="success" className="mb-6">
          Removed. The audit log keeps a record of it.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div className="min-w-0 space-y-6">
          {sets.length === 0 ? (
            <Card>
              <h2 className="text-lg font-semibold">No areas yet</h2>
              <p className="mt-2 text-muted">
                Upload your branches’ service areas, or any set of neighbourhoods, to see on the map and the
                dashboard where the library has partners and where it has none.
              </p>
            </Card>
          ) : null}
          {sets.map((set) => (
            <Card key={set.id} className="p-0 sm:p-0" aria-labelledby={`set-${set.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-3 px-5 pt-4 sm:px-6">
                <h2 id={`set-${set.id}`} className="text-lg font-semibold">
                  {set.name}{' '}
                  <span className="text-sm font-normal text-muted">
                    ({set.areaCount === 1 ? '1 area' : `${set.areaCount} areas`})
                  </span>
                </h2>
                <div className="flex flex-wrap items-start gap-2">
                  <Link
                    href={`/settings/areas/new?set=${set.id}`}
                    className={buttonClasses('secondary', 'sm')}
                  >
                    Draw an area<span className="sr-only"> in {set.name}</span>
                  </Link>
                  <RemoveConfirm
                    id={set.id}
                    version={set.version}
                    start={`Remove the set ${set.name}…`}
                    question={`Remove ${set.name} and its ${set.areaCount === 1 ? 'area' : `${set.areaCount} areas`} for good?`}
                    confirm={`Yes, remove ${set.name}`}
                    action={deleteAreaSet}
                  />
                </div>
              </div>
              {set.kind === 'service_areas' && withoutArea.length > 0 ? (
                <p className="px-5 pt-2 text-sm text-muted sm:px-6">
                  Without a service area yet: {withoutArea.map((b) => b.name).join(', ')}.
                </p>
              ) : null}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
              <section className="mt-2 overflow-x-auto" aria-label={`Areas of ${set.name}`} tabIndex={0}>
                <table className="w-full text-left text-sm">
                  <thead className="border-y border-line bg-paper text-xs font-semibold uppercase tracking-wide text-muted">
                    <tr>
                      <th scope="col" className="px-5 py-3 sm:px-6">
                        Area
                      </th>
                      {set.kind === 'service_areas' ? (
                        <th scope="col" className="px-3 py-3">
                          Branch
                        </th>
                      ) : null}
                      <th scope="col" className="px-3 py-3 text-right">
                        Corners
                      </th>
                      <th scope="col" className="px-5 py-3 sm:px-6">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {set.areas.map((area) => (
                      <tr key={area.id}>
                        <th scope="row" className="px-5 py-3 font-medium sm:px-6">
                          {area.name}
                        </th>
                        {set.kind === 'service_areas' ? (
                          <td className="px-3 py-3">
                            {area.branchName ?? <Badge tone="warning">No branch</Badge>}
                          </td>
                        ) : null}
                        <td className="px-3 py-3 text-right tabular-nums">
                          {area.pointCount.toLocaleString('en-US')}
                        </td>
                        <td className="px-5 py-3 text-right sm:px-6">
                          <Link
                            href={`/settings/areas/${area.id}`}
                            className={buttonClasses('secondary', 'sm')}
                          >
                            Edit<span className="sr-only"> {area.name}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </Card>
          ))}
        </div>
        <div className="min-w-0 space-y-6 self-start">
          <Card aria-labelledby="draw-heading">
            <h2 id="draw-heading" className="text-lg font-semibold">
              Draw an area
            </h2>
            <p className="mt-2 mb-4 text-sm text-muted">
              Draw a service area or a neighbourhood on the map, or enter its corners.
            </p>
            <Link
              href={`/settings/areas/new${hasServiceAreas ? '' : '?set=service'}`}
              className={buttonClasses('primary')}
            >
              Draw a new area
            </Link>
          </Card>
          <Card aria-labelledby="upload-heading">
            <h2 id="upload-heading" className="mb-4 text-lg font-semibold">
              Upload areas
            </h2>
            <UploadAreasForm
              sets={sets.map((s) => ({ id: s.id, name: s.name }))}
              hasServiceAreas={hasServiceAreas}
              uploadAreas={uploadAreas}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
