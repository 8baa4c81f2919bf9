import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { roleLabels } from '@/lib/auth/roles';
import { dayOf, formatDay } from '@/lib/dates';
import { renewInvitation, revokeInvitation } from '@/lib/invitations/actions';
import { loadPendingInvitations } from '@/lib/invitations/loaders';
import { loadStaffList } from '@/lib/staff/loaders';
import { InvitationsList } from './invitations-list';
import { MembersList } from './members-list';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="staff settings" />;
  const [members, pending] = await Promise.all([loadStaffList(ctx), loadPendingInvitations(ctx)]);
  const invitationRows = pending.map((row) => {
    // The last moment it works, as a day of the library's calendar.
    const day = dayOf(row.expiresAt, ctx.timeZone);
    return {
      invitationId: row.invitationId,
      email: row.email,
      name: row.name,
      roleLabel: roleLabels[row.role],
      homeBranchName: row.homeBranchName,
      expiresOn: formatDay(day),
      expiresDay: day,
    };
  });
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
      {invitationRows.length > 0 ? (
        <Card aria-labelledby="invitations-heading" className="mt-6">
          <h2 id="invitations-heading" className="text-lg font-semibold">
            Invitations waiting
          </h2>
          <p className="mb-2 text-sm text-muted">
            Each link works once, until the day shown. A new link replaces the old one.
          </p>
          <InvitationsList rows={invitationRows} revoke={revokeInvitation} renew={renewInvitation} />
        </Card>
      ) : null}
    </>
  );
}
