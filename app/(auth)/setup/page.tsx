import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { timeZoneOptions } from '@/lib/dates';
import { setupIsOpen } from '@/lib/setup/loaders';
import { setupAction } from './actions';
import { SetupForm } from './setup-form';

export const metadata: Metadata = { title: 'Set up Partner Atlas' };

export default async function SetupPage() {
  if (!(await setupIsOpen())) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold tracking-tight">Setup is complete</h1>
        <p className="mt-2 text-muted">
          Partner Atlas has already been set up here. Sign in with your account, or ask your library’s admin
          to add you.
        </p>
        <p className="mt-4">
          <Link href="/sign-in" className="font-medium">
            Go to sign in
          </Link>
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Set up Partner Atlas</h1>
      <p className="mt-1 mb-5 text-sm text-muted">
        Create your library system and the first admin account. You can add branches and staff next.
      </p>
      <SetupForm timeZones={timeZoneOptions()} setUp={setupAction} />
    </Card>
  );
}
