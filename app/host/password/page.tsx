import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { changeHostPassword } from '@/lib/host/actions';
import { requireHostPage } from '@/lib/host/page';
import { HostPasswordForm } from './host-password-form';

export const metadata: Metadata = { title: 'Choose your password' };

export default async function HostPasswordPage() {
  const ctx = await requireHostPage({ allowPasswordChange: true });
  if (!ctx.mustChangePassword) redirect('/host');
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Choose your password</h1>
      <p className="mt-1 mb-5 text-sm text-muted">
        You signed in with a one-time password. Choose your own before using the host console.
      </p>
      <HostPasswordForm change={changeHostPassword} />
    </Card>
  );
}
