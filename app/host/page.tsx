import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { PageHeader } from '@/components/ui/page-header';
import { type Column, ResponsiveTable } from '@/components/ui/responsive-table';
import { formatMoment, timeZoneOptions } from '@/lib/dates';
import { createSystem, reopenSystem, suspendSystem } from '@/lib/host/actions';
import { loadHostConsole } from '@/lib/host/loaders';
import { requireHostPage } from '@/lib/host/page';
import type { SystemSummary } from '@/lib/host/queries';
import { CreateSystemForm } from './create-system-form';
import { HostAuditList } from './host-audit-list';
import { SuspendToggle } from './suspend-toggle';

export const metadata: Metadata = { title: 'Library systems' };

// A host admin is in no library's time zone: times are in UTC, and say so.
const utc = (at: Date | null) => (at ? formatMoment(at, 'UTC') : 'Never');

export default async function HostConsolePage() {
  const ctx = await requireHostPage();
  const { systems, audit } = await loadHostConsole(ctx);
  const columns: Column<SystemSummary>[] = [
    {
      header: 'Library system',
      rowHeader: true,
      cell: (system) => (
        <span className="inline-flex flex-wrap items-center gap-2">
          <Link href={`/host/systems/${system.id}`} className="font-medium">
            {system.name}
          </Link>
          {system.suspendedAt ? <Badge tone="warning">Suspended</Badge> : null}
          {system.deletionScheduledAt ? <Badge tone="danger">To be deleted</Badge> : null}
        </span>
      ),
    },
    { header: 'Members', cell: (system) => system.members },
    { header: 'Partners', cell: (system) => system.partners },
    { header: 'Interviews', cell: (system) => system.interviews },
    {
      header: 'Last activity',
      className: 'md:whitespace-nowrap',
      cell: (system) => utc(system.lastActivityAt),
    },
    {
      header: 'Actions',
      phone: 'line',
      cell: (system) =>
        system.deletionScheduledAt ? (
          <Link href={`/host/systems/${system.id}`}>
            See its deletion<span className="sr-only"> ({system.name})</span>
          </Link>
        ) : (
          <SuspendToggle
            system={{ id: system.id, name: system.name, suspended: system.suspendedAt !== null }}
            suspend={suspendSystem}
            reopen={reopenSystem}
          />
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title="Library systems"
        description="Each library system’s size and when it was last used. Its records stay its own: the host never sees them."
        actions={
          <a href="#create-heading" className={cx(buttonClasses('secondary'), 'xl:hidden')}>
            Create a library system
          </a>
        }
      />
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0 space-y-8">
          {systems.length ? (
            <ResponsiveTable
              caption="Library systems on this service"
              id="systems-caption"
              captionHidden
              columns={columns}
              rows={systems}
              rowKey={(system) => system.id}
            />
          ) : (
            <p className="text-muted">No library systems yet: create the first one.</p>
          )}
          <section aria-labelledby="host-audit-heading">
            <h2 id="host-audit-heading" className="mb-3 text-xl font-semibold text-ink">
              Host activity
            </h2>
            <HostAuditList entries={audit} />
          </section>
        </div>
        <Card className="h-fit" aria-labelledby="create-heading">
          <CardTitle id="create-heading">Create a library system</CardTitle>
          <CreateSystemForm timeZones={timeZoneOptions()} create={createSystem} />
        </Card>
      </div>
    </>
  );
}
