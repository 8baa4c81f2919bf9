import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatMoment } from '@/lib/dates';
import {
  cancelDeletion,
  inviteSystemAdmin,
  reopenSystem,
  scheduleDeletion,
  suspendSystem,
} from '@/lib/host/actions';
import { loadHostSystem } from '@/lib/host/loaders';
import { requireHostPage } from '@/lib/host/page';
import { SuspendToggle } from '../../suspend-toggle';
import { CancelDeletionForm, DeleteSystemForm } from './delete-system';
import { FirstAdminForm } from './first-admin-form';

export const metadata: Metadata = { title: 'Library system' };

// A host admin is in no library's time zone: times are in UTC, and say so.
const utc = (at: Date | null, never = 'Never') => (at ? formatMoment(at, 'UTC') : never);

type Props = { params: Promise<{ orgId: string }> };

/** One library system on the host console: its size, suspension, and deletion (decision 0025). */
export default async function HostSystemPage({ params }: Props) {
  const ctx = await requireHostPage();
  const { orgId } = await params;
  const loaded = await loadHostSystem(ctx, orgId);
  if (!loaded) notFound();
  const { system, lastArchiveExportAt, graceDays, firstAdmin } = loaded;
  const ref = { id: system.id, name: system.name };
  const facts: [string, React.ReactNode][] = [
    ['Created', utc(system.createdAt)],
    ['Members', system.members],
    ['Partners', system.partners],
    ['Interviews', system.interviews],
    ['Last activity', utc(system.lastActivityAt)],
    ['Last full export', utc(lastArchiveExportAt, 'Never exported')],
  ];
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/host">← All library systems</Link>
      </p>
      <PageHeader
        title={system.name}
        description="Its size and when it was last used; its records stay its own."
        actions={
          system.deletionScheduledAt ? null : (
            <SuspendToggle
              system={{ ...ref, suspended: system.suspendedAt !== null }}
              suspend={suspendSystem}
              reopen={reopenSystem}
            />
          )
        }
      />
      <div className="mb-6 flex flex-wrap gap-2">
        {system.suspendedAt ? (
          <Badge tone="warning">Suspended since {utc(system.suspendedAt)}</Badge>
        ) : (
          <Badge tone="brand">Open</Badge>
        )}
        {system.deletionScheduledAt ? (
          <Badge tone="danger">To be deleted after {utc(system.deletionScheduledAt)}</Badge>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {firstAdmin ? (
          <Card aria-labelledby="first-admin-heading" className="lg:col-span-2">
            <h2 id="first-admin-heading" className="text-lg font-semibold text-ink">
              Its first admin
            </h2>
            <p className="mt-2">
              {system.name} has no admin yet, so nobody inside it can invite one. If the first invitation link
              was lost or has expired, make a new one: the earlier admin links stop working.
            </p>
            <FirstAdminForm orgId={system.id} defaults={firstAdmin} invite={inviteSystemAdmin} />
          </Card>
        ) : null}
        <Card aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="text-lg font-semibold text-ink">
            At a glance
          </h2>
          <dl className="mt-3 divide-y divide-line">
            {facts.map(([term, value]) => (
              <div key={term} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                <dt className="text-muted">{term}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="text-lg font-semibold text-ink">
            Delete this system
          </h2>
          {system.deletionScheduledAt ? (
            <>
              <p className="mt-2">
                {system.name} and everything it holds will be deleted after{' '}
                <strong>{utc(system.deletionScheduledAt)}</strong>. Until then any host admin can cancel it;
                it stays suspended either way.
              </p>
              <CancelDeletionForm system={ref} cancel={cancelDeletion} />
            </>
          ) : system.suspendedAt ? (
            <>
              <p className="mt-2">
                {lastArchiveExportAt ? (
                  <>
                    Its admins last downloaded the full archive on <strong>{utc(lastArchiveExportAt)}</strong>
                    .
                  </>
                ) : (
                  <strong>Its admins have never downloaded the full archive.</strong>
                )}{' '}
                To let them take one now, reopen it first.
              </p>
              <p className="mt-2 text-sm text-muted">
                The deletion takes effect {graceDays} days after you schedule it, and any host admin can
                cancel it until then. After that the system, its partners, interviews, people’s accounts that
                belong nowhere else and everything else it holds are removed for good; the host activity log
                keeps that it happened.
              </p>
              <DeleteSystemForm system={ref} graceDays={graceDays} schedule={scheduleDeletion} />
            </>
          ) : (
            <p className="mt-2">
              A library system can be deleted only once it is suspended. Suspend it first: its members are
              signed out and its records are kept.
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
