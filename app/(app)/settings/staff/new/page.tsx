import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { loadBranchChoices } from '@/lib/branches/loaders';
import { addMember } from '@/lib/staff/actions';
import { AddMemberForm } from './add-member-form';

export const metadata: Metadata = { title: 'Add a staff member' };

export default async function NewMemberPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="staff settings" />;
  const branches = await loadBranchChoices(ctx);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/settings/staff">← Back to staff</Link>
      </p>
      <PageHeader
        title="Add a staff member"
        description="They get a one-time password from you or an invitation link, then choose their own password."
      />
      <Card>
        <AddMemberForm branches={branches} add={addMember} />
      </Card>
    </div>
  );
}
