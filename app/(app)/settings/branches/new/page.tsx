import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { createBranch } from '@/lib/branches/actions';
import { BranchForm } from '../branch-form';

export const metadata: Metadata = { title: 'Add a branch' };

export default async function NewBranchPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="branch settings" />;
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/settings/branches">← All branches</Link>
      </p>
      <PageHeader title="Add a branch" description={`A new location of ${ctx.orgName}.`} />
      <Card>
        <BranchForm save={createBranch} />
      </Card>
    </div>
  );
}
