import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { type Column, ResponsiveTable } from '@/components/ui/responsive-table';
import { roleLabels } from '@/lib/auth/roles';
import { dayOf, formatDay } from '@/lib/dates';
import type { StaffMember } from '@/lib/staff/queries';

/** `timeZone`: the organization's, the one its days are read in. */
type Props = { members: StaffMember[]; currentUserId: string; timeZone: string };

function StatusBadges({ member }: { member: StaffMember }) {
  return (
    <span className="flex flex-wrap gap-1">
      {member.active ? <Badge tone="brand">Active</Badge> : <Badge tone="danger">Deactivated</Badge>}
      {member.active && member.mustChangePassword ? (
        <Badge tone="warning">Hasn’t chosen a password yet</Badge>
      ) : null}
    </span>
  );
}

function LastSignIn({ member, timeZone }: { member: StaffMember; timeZone: string }) {
  if (!member.lastSignInAt) return <>Never</>;
  const day = dayOf(member.lastSignInAt, timeZone);
  return <time dateTime={day}>{formatDay(day)}</time>;
}

function MemberLink({ member, currentUserId }: { member: StaffMember; currentUserId: string }) {
  return (
    <>
      <Link href={`/settings/staff/${member.membershipId}`} className="font-medium">
        {member.name}
      </Link>
      {member.userId === currentUserId ? <span className="text-sm text-muted"> (you)</span> : null}
    </>
  );
}

function columns(currentUserId: string, timeZone: string): Column<StaffMember>[] {
  return [
    {
      header: 'Name',
      rowHeader: true,
      cell: (m) => <MemberLink member={m} currentUserId={currentUserId} />,
    },
    { header: 'Email', phone: 'line', className: 'break-all', cell: (m) => m.email },
    { header: 'Role', cell: (m) => roleLabels[m.role] },
    {
      header: 'Home branch',
      cell: (m) => m.homeBranchName ?? <span className="text-muted">None</span>,
    },
    { header: 'Status', cell: (m) => <StatusBadges member={m} /> },
    {
      header: 'Last sign-in',
      className: 'whitespace-nowrap',
      cell: (m) => <LastSignIn member={m} timeZone={timeZone} />,
    },
  ];
}

/** A table on wider screens; on a phone, the same members as stacked cards. */
export function MembersList({ members, currentUserId, timeZone }: Props) {
  if (members.length === 0) {
    return <p className="text-muted">No one yet. Add your first staff member.</p>;
  }
  return (
    <div className="-mx-5 -mb-5 border-t border-line sm:-mx-6 sm:-mb-6">
      <ResponsiveTable
        id="members-caption"
        caption="Staff members, their roles and whether they can sign in"
        captionHidden
        columns={columns(currentUserId, timeZone)}
        rows={members}
        rowKey={(m) => m.membershipId}
        rowClassName={(m) => (m.active ? undefined : 'bg-stone-50')}
      />
    </div>
  );
}
