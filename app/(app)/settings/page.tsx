import { redirect } from 'next/navigation';
import { NoAccess } from '@/components/ui/no-access';
import { requireAdminPage } from '@/lib/auth/admin-page';

export default async function SettingsPage() {
  if (!(await requireAdminPage())) return <NoAccess what="settings" />;
  redirect('/settings/organization');
}
