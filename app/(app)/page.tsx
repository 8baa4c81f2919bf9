import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast, roleDescriptions, roleLabels } from '@/lib/auth/roles';
import { loadHome } from '@/lib/organization/home';

export const metadata: Metadata = { title: 'Home' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const { branches: branchList, askForTimeZone } = await loadHome(ctx);
  const firstName = ctx.name.split(/\s+/)[0];
  const isAdmin = roleAtLeast(ctx.role, 'admin');

  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description={`${ctx.orgName} on Partner Atlas.`} />
      {params.passwordChanged ? (
        <Alert tone="success" className="mb-6">
          Your new password is saved.
        </Alert>
      ) : null}
      {askForTimeZone ? (
        <Alert tone="warning" className="mb-6" title="Choose your library’s time zone">
          Dates are counted in UTC until you do, so “today” and “overdue” can be a day off for your staff.{' '}
          <Link href="/settings/organization">Choose it in Settings</Link>.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="branches-heading" className="lg:col-span-2">
          <div className="flex items-center justify-between gap-4">
            <CardTitle id="branches-heading">Branches</CardTitle>
            {isAdmin ? (
              <Link href="/settings/branches" className={buttonClasses('secondary', 'sm')}>
                Manage branches
              </Link>
            ) : null}
          </div>
          {branchList.length === 0 ? (
            <p className="mt-3 text-muted">
              No branches yet.{' '}
              {isAdmin ? (
                <Link href="/settings/branches/new">Add your first branch</Link>
              ) : (
                'Your admin adds them.'
              )}
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-line">
              {branchList.map((branch) => (
                <li key={branch.id} className="py-3">
                  <p className="font-medium">
                    {branch.name}
                    {branch.id === ctx.homeBranchId ? (
                      <span className="ml-2 text-sm text-muted">(your branch)</span>
                    ) : null}
                  </p>
                  <p className="text-sm text-muted">{branch.address || 'No address recorded'}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="role-heading">
          <CardTitle id="role-heading">Your role</CardTitle>
          <p className="mt-2 text-2xl font-semibold text-brand-800">{roleLabels[ctx.role]}</p>
          <p className="mt-1 text-muted">{roleDescriptions[ctx.role]}</p>
          {isAdmin ? (
            <div className="mt-4 space-y-2 border-t border-line pt-4 text-sm">
              <h3 className="font-medium">Getting your library ready</h3>
              <ul className="list-inside list-disc space-y-1 text-muted">
                <li>
                  <Link href="/settings/branches">Add your branches</Link> with their addresses
                </li>
                <li>
                  <Link href="/settings/staff">Add staff</Link> and give each a role
                </li>
                <li>
                  <Link href="/settings/organization">Set where the map opens</Link>
                </li>
              </ul>
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
