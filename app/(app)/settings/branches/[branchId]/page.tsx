import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { deleteBranch, updateBranch } from '@/lib/branches/actions';
import { loadBranchForEdit } from '@/lib/branches/loaders';
import { BranchForm } from '../branch-form';
import { RemoveBranch } from './remove-branch';

export const metadata: Metadata = { title: 'Edit branch' };

type Props = { params: Promise<{ branchId: string }> };

export default async function EditBranchPage({ params }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="branch settings" />;
  const { branchId } = await params;
  const { branch, memberCount } = await loadBranchForEdit(ctx, branchId);

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/settings/branches">← All branches</Link>
        </p>
        <PageHeader title={branch.name} description="Change the branch’s name, address or map point." />
        <Card>
          <BranchForm
            save={updateBranch}
            branch={{
              id: branch.id,
              version: branch.version,
              name: branch.name,
              address: branch.address,
              latitude: branch.latitude,
              longitude: branch.longitude,
            }}
          />
        </Card>
      </div>
      <Card aria-labelledby="remove-heading" className="border-red-200">
        <CardTitle id="remove-heading">Remove this branch</CardTitle>
        <RemoveBranch
          remove={deleteBranch}
          branch={{ id: branch.id, version: branch.version, name: branch.name }}
          memberCount={memberCount}
        />
      </Card>
    </div>
  );
}
