import { demoAccounts, demoPassword } from '@/db/seed/demo-data';
import { roleDescriptions, roleLabels } from '@/lib/auth/roles';
import { env } from '@/lib/env';

/** The demo sign-in details, only when the app runs in demo mode. */
export function visibleDemoAccounts() {
  if (!env.demoMode()) return null;
  return demoAccounts.map((account) => ({
    email: account.email,
    password: demoPassword,
    role: roleLabels[account.role],
    description: roleDescriptions[account.role],
  }));
}
