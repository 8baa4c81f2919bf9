import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { roleLabels } from '@/lib/auth/roles';
import { loadBranchChoices } from '@/lib/branches/loaders';
import { formatDayOf } from '@/lib/dates';
import { deactivateMember, reactivateMember, resetMemberPassword, updateMember } from '@/lib/staff/actions';
import { loadMember } from '@/lib/staff/loaders';
import { EditMemberForm } from './edit-member-form';
import { MemberStatus } from './member-status';
import { ResetPassword } from './reset-password';

export const metadata: Metadata = { title: 'Staff member' };

type Props = { params: Promise<{ memberId: string }> };

export default async function MemberPage({ params }: Props) {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="staff settings" />;
  const { memberId } = await params;
  const [member, branches] = await Promise.all([loadMember(ctx, memberId), loadBranchChoices(ctx)]);
  const isSelf = member.userId === ctx.userId;
  const firstName = member.name.split(/\s+/)[0] ?? member.name;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/settings/staff">← Back to staff</Link>
      </p>
      <PageHeader
        title={isSelf ? `${member.name} (you)` : member.name}
        description={
          <>
            <span className="break-all">{member.email}</span> · {roleLabels[member.role]} · Last signed in{' '}
            {formatDayOf(member.lastSignInAt, ctx.timeZone, 'never')}
          </>
        }
        actions={
          member.active ? <Badge tone="brand">Active</Badge> : <Badge tone="danger">Deactivated</Badge>
        }
      />
      {member.active ? null : (
        <Alert tone="warning" className="mb-6" title={`${firstName} is deactivated`}>
          Since {formatDayOf(member.deactivatedAt, ctx.timeZone, 'an unknown date')}. They can’t sign in;
          everything they recorded stays in Partner Atlas.
        </Alert>
      )}
      <div className="space-y-6">
        <Card aria-labelledby="role-heading">
          <CardTitle id="role-heading">Role and home branch</CardTitle>
          <div className="mt-4">
            <EditMemberForm
              memberId={member.membershipId}
              version={member.version}
              role={member.role}
              homeBranchId={member.homeBranchId}
              branches={branches}
              save={updateMember}
            />
          </div>
        </Card>
        <Card aria-labelledby="password-heading">
          <CardTitle id="password-heading">Password</CardTitle>
          {isSelf ? (
            <p className="mt-2 text-muted">
              To change your own password, use <Link href="/account/password">Change password</Link>.
            </p>
          ) : (
            <ResetPassword memberId={member.membershipId} name={member.name} reset={resetMemberPassword} />
          )}
        </Card>
        <Card aria-labelledby="access-heading">
          <CardTitle id="access-heading">Access</CardTitle>
          <MemberStatus
            memberId={member.membershipId}
            version={member.version}
            name={member.name}
            active={member.active}
            isSelf={isSelf}
            deactivateMember={deactivateMember}
            reactivateMember={reactivateMember}
          />
        </Card>
      </div>
    </div>
  );
}
