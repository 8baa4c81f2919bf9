import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { loadBranchList } from '@/lib/branches/loaders';
import { formatPoint } from './format';

export const metadata: Metadata = { title: 'Branches' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BranchesPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="branch settings" />;
  const [params, branchList] = await Promise.all([searchParams, loadBranchList(ctx)]);

  return (
    <>
      <PageHeader
        title="Branches"
        description="Your library’s locations. Partners and staff can be linked to a branch, and branches with a point show on the map."
        actions={
          branchList.length > 0 ? (
            <Link href="/settings/branches/new" className={buttonClasses('primary')}>
              Add a branch
            </Link>
          ) : null
        }
      />
      {params.saved ? (
        <Alert tone="success" className="mb-6">
          The branch is saved.
        </Alert>
      ) : null}
      {params.removed ? (
        <Alert tone="success" className="mb-6">
          The branch was removed. Staff who had it as their home branch keep their accounts.
        </Alert>
      ) : null}

      {branchList.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-lg font-semibold">No branches yet</h2>
          <p className="mx-auto mt-2 max-w-md text-muted">
            Add each of your library’s locations, with its address, so staff can link partners to the branch
            that works with them.
          </p>
          <p className="mt-4">
            <Link href="/settings/branches/new" className={buttonClasses('primary')}>
              Add your first branch
            </Link>
          </p>
        </Card>
      ) : (
        <Card className="p-0 sm:p-0">
          {/* Focusable so that keyboard users can scroll the table sideways on a narrow screen. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="relative overflow-x-auto" aria-labelledby="branches-caption" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption id="branches-caption" className="px-5 pt-4 pb-2 text-left text-muted sm:px-6">
                {branchList.length === 1 ? '1 branch' : `${branchList.length} branches`}, in order of name
              </caption>
              <thead className="border-b border-line bg-paper text-xs font-semibold uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="px-5 py-3 sm:px-6">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-3">
                    Address
                  </th>
                  <th scope="col" className="px-3 py-3">
                    Map point
                  </th>
                  <th scope="col" className="px-3 py-3 text-right">
                    Home branch of
                  </th>
                  <th scope="col" className="px-5 py-3 sm:px-6">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {branchList.map((branch) => (
                  <tr key={branch.id} className="align-top">
                    <th scope="row" className="px-5 py-3 font-medium text-ink sm:px-6">
                      {branch.name}
                    </th>
                    <td className="min-w-48 px-3 py-3">
                      {branch.address || <span className="text-muted">No address yet</span>}
                    </td>
                    <td className="px-3 py-3 whitespace-nowrap">
                      {branch.latitude !== null && branch.longitude !== null ? (
                        formatPoint(branch.latitude, branch.longitude)
                      ) : (
                        <Badge tone="warning">No point yet</Badge>
                      )}
                    </td>
                    <td className="px-3 py-3 text-right whitespace-nowrap">
                      {branch.memberCount === 1 ? '1 staff member' : `${branch.memberCount} staff members`}
                    </td>
                    <td className="px-5 py-3 text-right sm:px-6">
                      <Link
                        href={`/settings/branches/${branch.id}`}
                        className={buttonClasses('secondary', 'sm')}
                      >
                        Edit<span className="sr-only"> {branch.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </Card>
      )}
    </>
  );
}
