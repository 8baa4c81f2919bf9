import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Change password' };

export default async function ChangePasswordPage() {
  const ctx = await requirePageContext({ allowPasswordChange: true });
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title={ctx.mustChangePassword ? 'Choose your password' : 'Change password'} />
      {ctx.mustChangePassword ? (
        <Alert tone="info" className="mb-4">
          Welcome to {ctx.orgName}’s Partner Atlas. You signed in with a one-time password: choose your own to
          continue.
        </Alert>
      ) : null}
      <Card>
        <PasswordForm oneTime={ctx.mustChangePassword} />
      </Card>
    </div>
  );
}
