import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { changePassword } from '@/lib/account/actions';
import { passwordPageData } from '@/lib/account/queries';
import { requirePageContext } from '@/lib/auth/page';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Change password' };

export default async function ChangePasswordPage() {
  const ctx = await requirePageContext({ allowPasswordChange: true });
  const { oneTime, asksForCurrent } = await passwordPageData(ctx);
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title={oneTime ? 'Choose your password' : 'Change password'} />
      {oneTime ? (
        <Alert tone="info" className="mb-4">
          Welcome to {ctx.orgName}’s Partner Atlas. You signed in with a one-time password: choose your own to
          continue.
        </Alert>
      ) : null}
      <Card>
        <PasswordForm oneTime={oneTime} asksForCurrent={asksForCurrent} save={changePassword} />
      </Card>
    </div>
  );
}
