import { SettingsTabs } from '@/components/settings/settings-tabs';
import { NoAccess } from '@/components/ui/no-access';
import { requireAdminPage } from '@/lib/auth/admin-page';

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  // Each settings page checks again itself; this keeps the tabs from showing to non-admins.
  if (!(await requireAdminPage())) return <NoAccess what="settings" />;
  return (
    <>
      <SettingsTabs />
      {children}
    </>
  );
}
