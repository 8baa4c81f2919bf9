import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { loadStaffList } from '@/lib/staff/loaders';
import { MembersList } from './members-list';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="staff settings" />;
  const members = await loadStaffList(ctx);
  const active = members.filter((member) => member.active).length;
  const deactivated = members.length - active;

  return (
    <>
      <PageHeader
        title="Staff"
        description={`Everyone at ${ctx.orgName} who can sign in to Partner Atlas, and what each person may do.`}
        actions={
          <Link href="/settings/staff/new" className={buttonClasses()}>
            Add a staff member
          </Link>
        }
      />
      <Card aria-labelledby="members-heading" className="overflow-hidden">
        <div className="mb-4">
          <h2 id="members-heading" className="text-lg font-semibold">
            Members
          </h2>
          <p className="text-sm text-muted">
            {active} active
            {deactivated > 0 ? `, ${deactivated} deactivated (they can’t sign in; their records stay)` : ''}
          </p>
        </div>
        <MembersList members={members} currentUserId={ctx.userId} timeZone={ctx.timeZone} />
      </Card>
    </>
  );
}
