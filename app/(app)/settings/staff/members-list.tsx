import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { roleLabels } from '@/lib/auth/roles';
import type { StaffMember } from '@/lib/staff/queries';
import { formatDay, isoDate } from './dates';

type Props = { members: StaffMember[]; currentUserId: string };

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

function LastSignIn({ member }: { member: StaffMember }) {
  if (!member.lastSignInAt) return <>Never</>;
  return <time dateTime={isoDate(member.lastSignInAt)}>{formatDay(member.lastSignInAt)}</time>;
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

/** A table on wider screens; on a phone, the same members as stacked rows. */
export function MembersList({ members, currentUserId }: Props) {
  if (members.length === 0) {
    return <p className="text-muted">No one yet. Add your first staff member.</p>;
  }
  return (
    <>
      <ul className="-mx-5 -mb-5 divide-y divide-line border-t border-line sm:-mx-6 sm:-mb-6 md:hidden">
        {members.map((member) => (
          <li key={member.membershipId} className="space-y-1 px-5 py-4 sm:px-6">
            <p>
              <MemberLink member={member} currentUserId={currentUserId} />
            </p>
            <p className="text-sm break-all text-muted">{member.email}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">Role</dt>
              <dd>{roleLabels[member.role]}</dd>
              <dt className="text-muted">Home branch</dt>
              <dd>{member.homeBranchName ?? 'None'}</dd>
              <dt className="text-muted">Last sign-in</dt>
              <dd>
                <LastSignIn member={member} />
              </dd>
              <dt className="text-muted">Status</dt>
              <dd>
                <StatusBadges member={member} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="-mx-6 -mb-6 hidden overflow-x-auto border-t border-line md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Staff members, their roles and whether they can sign in</caption>
          <thead className="bg-stone-50 text-muted">
            <tr>
              <th scope="col" className="px-6 py-3 font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-3 font-medium">
                Email
              </th>
              <th scope="col" className="px-3 py-3 font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-3 font-medium">
                Home branch
              </th>
              <th scope="col" className="px-3 py-3 font-medium">
                Status
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                Last sign-in
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {members.map((member) => (
              <tr key={member.membershipId} className={member.active ? undefined : 'bg-stone-50'}>
                <th scope="row" className="px-6 py-3 font-normal">
                  <MemberLink member={member} currentUserId={currentUserId} />
                </th>
                <td className="px-3 py-3 break-all">{member.email}</td>
                <td className="px-3 py-3">{roleLabels[member.role]}</td>
                <td className="px-3 py-3">
                  {member.homeBranchName ?? <span className="text-muted">None</span>}
                </td>
                <td className="px-3 py-3">
                  <StatusBadges member={member} />
                </td>
                <td className="px-6 py-3 whitespace-nowrap">
                  <LastSignIn member={member} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
