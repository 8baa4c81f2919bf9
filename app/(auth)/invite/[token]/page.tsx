import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { roleDescriptions, roleLabels } from '@/lib/auth/roles';
import { loadInvitationPage } from '@/lib/invitations/loaders';
import { closedMessages } from '@/lib/invitations/messages';
import { joinAsNewPersonAction, joinAsSignedInAction, joinWithPasswordAction } from './actions';
import { AcceptForm, NewPersonForm, PasswordJoinForm } from './join-forms';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/**
 * Where an invitation link leads, signed in or not (decision 0024). A person new to Partner Atlas
 * chooses a name and password; the owner of an existing account signs in, then accepts.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const { invitation, signedInEmail } = await loadInvitationPage(token);

  if (invitation.status !== 'open') {
    return (
      <Card className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">
          {invitation.status === 'invalid' ? 'Invitation' : `Invitation to ${invitation.orgName}`}
        </h1>
        <Alert tone="error">{closedMessages[invitation.status]}</Alert>
        <p className="text-sm">
          <Link href="/sign-in">Sign in</Link>
        </p>
      </Card>
    );
  }

  const here = `/invite/${token}`;
  const role = roleLabels[invitation.role];
  const wrongAccount = signedInEmail !== null && signedInEmail !== invitation.email;
  return (
    <Card className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Join {invitation.orgName}</h1>
      <p className="text-sm">
        You are invited to join {invitation.orgName} in Partner Atlas as <strong>{role}</strong>.{' '}
        {roleDescriptions[invitation.role]} The invitation is for{' '}
        <strong className="break-all">{invitation.email}</strong>.
      </p>
      {wrongAccount ? (
        <Alert tone="error" title="You are signed in as someone else">
          This invitation is for {invitation.email}, and you are signed in as {signedInEmail}. Sign out from
          the account menu, then open this link again.
        </Alert>
      ) : invitation.hasAccount ? (
        signedInEmail ? (
          <AcceptForm token={token} orgName={invitation.orgName} accept={joinAsSignedInAction} />
        ) : (
          <>
            <p className="text-sm">
              This address already has a Partner Atlas account. Enter its password to join.
            </p>
            <PasswordJoinForm
              token={token}
              email={invitation.email}
              orgName={invitation.orgName}
              join={joinWithPasswordAction}
            />
            <p className="text-sm">
              Your library signs in with its own accounts?{' '}
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in first</Link>, and you
              come back here to accept.
            </p>
          </>
        )
      ) : (
        <NewPersonForm
          token={token}
          email={invitation.email}
          name={invitation.name}
          join={joinAsNewPersonAction}
        />
      )}
    </Card>
  );
}
