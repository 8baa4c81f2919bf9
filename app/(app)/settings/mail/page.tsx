import type { Metadata } from 'next';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { saveMailSettings, sendTestMessage } from '@/lib/mail/actions';
import { loadMailSettingsPage } from '@/lib/mail/server';
import { MailForm } from './mail-form';
import { TestMessage } from './test-message';

export const metadata: Metadata = { title: 'Mail settings' };

export default async function MailSettingsPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="mail settings" />;
  const settings = await loadMailSettingsPage(ctx);
  const deployment = settings.deployment
    ? `${settings.deployment.host}:${settings.deployment.port}, from ${settings.deployment.from}`
    : null;

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title="Mail"
        description="The mail server that sends your staff their reminder digests. Messages name follow-ups and partners, never interview answers or contacts’ private details."
      />
      <Card aria-labelledby="mail-server-heading">
        <CardTitle id="mail-server-heading">Mail server</CardTitle>
        <MailForm own={settings.own} deployment={deployment} save={saveMailSettings} />
      </Card>
      <Card aria-labelledby="mail-test-heading">
        <CardTitle id="mail-test-heading">Send a test message</CardTitle>
        <p className="mt-1 text-sm text-muted">
          Sends a short message to you ({ctx.email}) through the server saved above, and tells you what the
          server answered if it refuses.
        </p>
        <TestMessage send={sendTestMessage} />
      </Card>
    </div>
  );
}
