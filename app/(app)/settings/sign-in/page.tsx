import type { Metadata } from 'next';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { formatMoment } from '@/lib/dates/format';
import { approveSsoRequest, refuseSsoRequest, saveSsoSettings, testSsoSettings } from '@/lib/sso/actions';
import { loadSsoPage } from '@/lib/sso/loaders';
import { SsoForm } from './sso-form';
import { SsoRequests } from './sso-requests';
import { SsoTest } from './sso-test';

export const metadata: Metadata = { title: 'Sign-in settings' };

export default async function SignInSettingsPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="sign-in settings" />;
  const page = await loadSsoPage(ctx);

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title="Sign-in"
        description="Let your staff sign in with the accounts they already have at work: Microsoft 365, Google Workspace or another OpenID Connect provider."
      />
      <Card aria-labelledby="sso-provider-heading">
        <CardTitle id="sso-provider-heading">Your identity provider</CardTitle>
        <p className="mt-1 text-sm text-muted">
          Register Partner Atlas with your provider with this redirect address (README, “Single sign-on”):
        </p>
        <p className="mt-2 break-all rounded-md bg-stone-100 px-3 py-2 font-mono text-sm">
          {page.redirectUrl}
        </p>
        <SsoForm settings={page.settings} admins={page.admins} save={saveSsoSettings} />
      </Card>
      {page.settings ? (
        <Card aria-labelledby="sso-test-heading">
          <CardTitle id="sso-test-heading">Test the provider</CardTitle>
          <p className="mt-1 text-sm text-muted">
            Fetches the saved issuer’s discovery document, as signing in will, and says what it found.
          </p>
          <SsoTest test={testSsoSettings} />
        </Card>
      ) : null}
      {page.settings?.newPeople === 'approve' || page.requests.length ? (
        <Card aria-labelledby="sso-requests-heading">
          <CardTitle id="sso-requests-heading">Waiting for approval</CardTitle>
          <SsoRequests
            requests={page.requests.map((request) => ({
              id: request.id,
              name: request.name,
              email: request.email,
              when: formatMoment(request.createdAt, ctx.timeZone),
            }))}
            approve={approveSsoRequest}
            refuse={refuseSsoRequest}
          />
        </Card>
      ) : null}
    </div>
  );
}
