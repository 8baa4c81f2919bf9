import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getAuthContext } from '@/lib/auth/context';
import { ssoFailureMessage } from '@/lib/auth/sso/messages';
import { safeCallbackPath } from '@/lib/auth/validation';
import { visibleDemoAccounts } from '@/lib/demo/accounts';
import { setupIsOpen } from '@/lib/setup/loaders';
import { signInAction, ssoOptionsAction, ssoSignInAction } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // Signing out ends in this page, rendered in the same request as the sign-out action, where the
  // removed session cookie still reads as present: on that visit, never send the person back in.
  if (!params.signedOut && (await getAuthContext())) redirect(callbackUrl);
  if (await setupIsOpen()) redirect('/setup');
  const demo = visibleDemoAccounts();
  const ssoFailure = ssoFailureMessage({
    sso: params.sso,
    error: params.error,
    providerError: params.provider_error,
    step: params.step,
  });

  return (
    <div className="space-y-6">
      <Card>
        <h1 className="mb-1 text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mb-5 text-sm text-muted">
          Use the email and password your library gave you, or your library account.
        </p>
        {params.signedOut ? (
          <Alert tone="success" className="mb-4">
            {params.signedOut === 'all'
              ? 'You have signed out here and everywhere else you were signed in.'
              : 'You have signed out.'}
          </Alert>
        ) : null}
        {ssoFailure ? (
          <Alert tone={ssoFailure.tone} className="mb-4">
            {ssoFailure.text}
          </Alert>
        ) : null}
        <SignInForm
          callbackUrl={callbackUrl}
          signIn={signInAction}
          findSso={ssoOptionsAction}
          startSso={ssoSignInAction}
        />
        <p className="mt-5 text-sm text-muted">
          Forgot your password? Ask your library’s Partner Atlas admin to give you a new one-time password.
        </p>
      </Card>

      {demo ? (
        <Card aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 text-sm text-muted">
            This is a demo with a fictional library system. Every account uses the password{' '}
            <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-ink">{demo[0]?.password}</code>.
          </p>
          <ul className="mt-3 divide-y divide-line text-sm">
            {demo.map((account) => (
              <li key={account.email} className="py-2">
                <span className="font-medium">{account.role}</span>:{' '}
                <code className="font-mono text-ink">{account.email}</code>
                <span className="block text-muted">{account.description}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
